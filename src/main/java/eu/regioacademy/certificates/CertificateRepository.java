package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.CERTIFICATE_RENDITION;

import eu.regioacademy.db.tables.records.CertificateRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Certificates, their stored PDF and revocation. */
@Repository
class CertificateRepository {

    record Stored(long id, long holderId, CertificateFacts facts, String sha256) {
    }

    private final DSLContext db;

    CertificateRepository(DSLContext db) {
        this.db = db;
    }

    /** What makes an achievement one (its unique key): the same source never yields two certificates. */
    record Key(CertificateKind kind, String sourceType, long sourceId) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::kind).thenComparing(Key::sourceType)
                .thenComparingLong(Key::sourceId);

        static Key of(Achievement achievement) {
            return new Key(achievement.kind(), achievement.sourceType(), achievement.sourceId());
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    record NewCertificate(Achievement achievement, CertificateFacts facts, byte[] pdf, String sha256) {
    }

    /** The codes of those achievements that already have a certificate. */
    Map<Key, VerificationCode> codesOf(Collection<Achievement> achievements) {
        record Source(CertificateKind kind, String type) {
        }
        Map<Key, VerificationCode> codes = new HashMap<>();
        // one query per kind and source type, so the unique key's index serves the lookup
        achievements.stream().collect(Collectors.groupingBy(a -> new Source(a.kind(), a.sourceType()),
                        Collectors.mapping(Achievement::sourceId, Collectors.toSet())))
                .forEach((source, ids) -> db.select(CERTIFICATE.SOURCE_ID, CERTIFICATE.CODE).from(CERTIFICATE)
                        .where(CERTIFICATE.KIND.eq(source.kind().name()).and(CERTIFICATE.SOURCE_TYPE.eq(source.type()))
                                .and(CERTIFICATE.SOURCE_ID.in(ids)))
                        .forEach(r -> codes.put(new Key(source.kind(), source.type(), r.value1()), new VerificationCode(r.value2()))));
        return codes;
    }

    /**
     * Stores the certificates in one statement.
     *
     * @return the ids of those stored; one whose achievement already has a certificate (its
     * unique key) is left out
     */
    Map<VerificationCode, Long> insertAll(List<NewCertificate> certificates) {
        var insert = db.insertInto(CERTIFICATE, CERTIFICATE.CODE, CERTIFICATE.KIND, CERTIFICATE.HOLDER_ID, CERTIFICATE.HOLDER_NAME,
                CERTIFICATE.ACHIEVEMENT_TITLE, CERTIFICATE.WORKLOAD_HOURS, CERTIFICATE.ACHIEVED_ON, CERTIFICATE.ISSUED_AT,
                CERTIFICATE.LANGUAGE, CERTIFICATE.ISSUER, CERTIFICATE.SIGNATORY, CERTIFICATE.SOURCE_TYPE, CERTIFICATE.SOURCE_ID,
                CERTIFICATE.PDF, CERTIFICATE.PDF_SHA256, CERTIFICATE.DETAILS);
        for (NewCertificate c : certificates) {
            CertificateFacts facts = c.facts();
            insert = insert.values(facts.code().value(), facts.kind().name(), c.achievement().holderId(), facts.holderName(),
                    facts.title(), facts.workloadHours(), facts.achievedOn(), facts.issuedAt(), facts.language(), facts.issuer(),
                    facts.signatory(), c.achievement().sourceType(), c.achievement().sourceId(), c.pdf(), c.sha256(),
                    facts.details().isEmpty() ? null : CertificateDetail.encode(facts.details()));
        }
        return insert.onDuplicateKeyIgnore().returningResult(CERTIFICATE.CODE, CERTIFICATE.ID)
                .fetchMap(r -> new VerificationCode(r.value1()), r -> r.value2());
    }

    /**
     * After losing an insert race: a locking read sees the winner's committed row, which the
     * transaction's consistent snapshot (REPEATABLE READ) would not. A shared lock, as the
     * ignored duplicate insert already holds: with FOR UPDATE, several losers holding that shared
     * lock each waited for the others' to go, and MariaDB broke the deadlock by killing one
     * (seen with 20 simultaneous issues of one achievement).
     */
    Optional<Stored> findByAchievementLatest(Achievement achievement) {
        return db.selectFrom(CERTIFICATE).where(CERTIFICATE.KIND.eq(achievement.kind().name())
                        .and(CERTIFICATE.SOURCE_TYPE.eq(achievement.sourceType()))
                        .and(CERTIFICATE.SOURCE_ID.eq(achievement.sourceId())))
                .forShare()
                .fetchOptional(CertificateRepository::toStored);
    }

    /** The next number for a manual issue; the unique key on the achievement settles any race. */
    long nextManualNumber() {
        return db.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(CERTIFICATE.SOURCE_ID), 0L)).from(CERTIFICATE)
                .where(CERTIFICATE.SOURCE_TYPE.eq("manual")).forUpdate().fetchSingle().value1() + 1;
    }

    Optional<Stored> findByCode(VerificationCode code) {
        return db.selectFrom(CERTIFICATE).where(CERTIFICATE.CODE.eq(code.value()))
                .fetchOptional(CertificateRepository::toStored);
    }

    Optional<byte[]> pdf(VerificationCode code) {
        return db.select(CERTIFICATE.PDF).from(CERTIFICATE).where(CERTIFICATE.CODE.eq(code.value()))
                .fetchOptional(CERTIFICATE.PDF);
    }

    /** The certificate whose original or any re-issued copy has exactly these bytes. */
    Optional<Stored> findBySha256(String sha256) {
        return db.selectFrom(CERTIFICATE).where(CERTIFICATE.PDF_SHA256.eq(sha256)
                        .or(CERTIFICATE.ID.in(DSL.select(CERTIFICATE_RENDITION.CERTIFICATE_ID).from(CERTIFICATE_RENDITION)
                                .where(CERTIFICATE_RENDITION.PDF_SHA256.eq(sha256)))))
                .limit(1)
                .fetchOptional(CertificateRepository::toStored);
    }

    Optional<byte[]> rendition(long certificateId, String language) {
        return db.select(CERTIFICATE_RENDITION.PDF).from(CERTIFICATE_RENDITION)
                .where(CERTIFICATE_RENDITION.CERTIFICATE_ID.eq(certificateId).and(CERTIFICATE_RENDITION.LANGUAGE.eq(language)))
                .fetchOptional(CERTIFICATE_RENDITION.PDF);
    }

    /** After losing the insert race: a shared locking read sees the winner's committed
     * copy (shared, like the lock the ignored insert holds, so racing losers cannot deadlock). */
    Optional<byte[]> renditionLatest(long certificateId, String language) {
        return db.select(CERTIFICATE_RENDITION.PDF).from(CERTIFICATE_RENDITION)
                .where(CERTIFICATE_RENDITION.CERTIFICATE_ID.eq(certificateId).and(CERTIFICATE_RENDITION.LANGUAGE.eq(language)))
                .forShare()
                .fetchOptional(CERTIFICATE_RENDITION.PDF);
    }

    /** @return false when a parallel request stored this language first */
    boolean insertRendition(long certificateId, String language, byte[] pdf, String sha256) {
        return db.insertInto(CERTIFICATE_RENDITION).set(CERTIFICATE_RENDITION.CERTIFICATE_ID, certificateId)
                .set(CERTIFICATE_RENDITION.LANGUAGE, language).set(CERTIFICATE_RENDITION.PDF, pdf)
                .set(CERTIFICATE_RENDITION.PDF_SHA256, sha256)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    List<CertificateFacts> ofHolder(long holderId) {
        return db.selectFrom(CERTIFICATE).where(CERTIFICATE.HOLDER_ID.eq(holderId))
                .orderBy(CERTIFICATE.ISSUED_AT.desc())
                .fetch(r -> toStored(r).facts());
    }

    boolean revoke(VerificationCode code, Instant at, String reason, long by) {
        return db.update(CERTIFICATE).set(CERTIFICATE.REVOKED_AT, at).set(CERTIFICATE.REVOKED_REASON, reason)
                .set(CERTIFICATE.REVOKED_BY, by)
                .where(CERTIFICATE.CODE.eq(code.value()).and(CERTIFICATE.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    private static Stored toStored(CertificateRecord r) {
        return new Stored(r.getId(), r.getHolderId(), new CertificateFacts(new VerificationCode(r.getCode()),
                CertificateKind.valueOf(r.getKind()), r.getHolderName(), r.getAchievementTitle(), r.getWorkloadHours(),
                r.getAchievedOn(), r.getIssuedAt(), r.getLanguage(), r.getIssuer(), r.getSignatory(), r.getRevokedAt(),
                r.getRevokedReason(), r.getDetails() == null ? java.util.List.of() : CertificateDetail.decode(r.getDetails())),
                r.getPdfSha256());
    }
}
