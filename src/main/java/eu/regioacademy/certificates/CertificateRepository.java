package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.CERTIFICATE_RENDITION;

import eu.regioacademy.db.tables.records.CertificateRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** @return false when this achievement already has a certificate (its unique key) */
    boolean insertIfAbsent(long holderId, Achievement achievement, CertificateFacts facts, byte[] pdf, String sha256) {
        return db.insertInto(CERTIFICATE)
                .set(CERTIFICATE.CODE, facts.code().value())
                .set(CERTIFICATE.KIND, facts.kind().name())
                .set(CERTIFICATE.HOLDER_ID, holderId)
                .set(CERTIFICATE.HOLDER_NAME, facts.holderName())
                .set(CERTIFICATE.ACHIEVEMENT_TITLE, facts.title())
                .set(CERTIFICATE.WORKLOAD_HOURS, facts.workloadHours())
                .set(CERTIFICATE.ACHIEVED_ON, facts.achievedOn())
                .set(CERTIFICATE.ISSUED_AT, facts.issuedAt())
                .set(CERTIFICATE.LANGUAGE, facts.language())
                .set(CERTIFICATE.ISSUER, facts.issuer())
                .set(CERTIFICATE.SIGNATORY, facts.signatory())
                .set(CERTIFICATE.SOURCE_TYPE, achievement.sourceType())
                .set(CERTIFICATE.SOURCE_ID, achievement.sourceId())
                .set(CERTIFICATE.PDF, pdf)
                .set(CERTIFICATE.PDF_SHA256, sha256)
                .set(CERTIFICATE.DETAILS, facts.details().isEmpty() ? null : CertificateDetail.encode(facts.details()))
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    Optional<Stored> findByAchievement(Achievement achievement) {
        return db.selectFrom(CERTIFICATE).where(CERTIFICATE.KIND.eq(achievement.kind().name())
                        .and(CERTIFICATE.SOURCE_TYPE.eq(achievement.sourceType()))
                        .and(CERTIFICATE.SOURCE_ID.eq(achievement.sourceId())))
                .fetchOptional(CertificateRepository::toStored);
    }

    /**
     * After losing an insert race: a locking read sees the winner's committed row, which the
     * transaction's consistent snapshot (REPEATABLE READ) would not.
     */
    Optional<Stored> findByAchievementLatest(Achievement achievement) {
        return db.selectFrom(CERTIFICATE).where(CERTIFICATE.KIND.eq(achievement.kind().name())
                        .and(CERTIFICATE.SOURCE_TYPE.eq(achievement.sourceType()))
                        .and(CERTIFICATE.SOURCE_ID.eq(achievement.sourceId())))
                .forUpdate()
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

    /** After losing the insert race: a locking read sees the winner's committed copy. */
    Optional<byte[]> renditionLatest(long certificateId, String language) {
        return db.select(CERTIFICATE_RENDITION.PDF).from(CERTIFICATE_RENDITION)
                .where(CERTIFICATE_RENDITION.CERTIFICATE_ID.eq(certificateId).and(CERTIFICATE_RENDITION.LANGUAGE.eq(language)))
                .forUpdate()
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
