package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The secretariat's certificate list and the streamed ZIP of its PDFs. */
@Repository
class CertificateQuery {

    private final DSLContext db;

    CertificateQuery(DSLContext db) {
        this.db = db;
    }

    private static Condition matching(CertificateFilter filter) {
        Condition condition = DSL.noCondition();
        if (!filter.search().isBlank()) {
            String pattern = Sorting.containsPattern(filter.search().strip());
            condition = condition.and(CERTIFICATE.HOLDER_NAME.like(pattern)
                    .or(CERTIFICATE.CODE.eq(VerificationCode.normalise(filter.search())))
                    .or(CERTIFICATE.ACHIEVEMENT_TITLE.like(pattern)));
        }
        if (filter.kind() != null) condition = condition.and(CERTIFICATE.KIND.eq(filter.kind().name()));
        if (filter.revoked() != null) {
            condition = condition.and(filter.revoked() ? CERTIFICATE.REVOKED_AT.isNotNull() : CERTIFICATE.REVOKED_AT.isNull());
        }
        if (filter.issuedFrom() != null) {
            condition = condition.and(CERTIFICATE.ISSUED_AT.ge(filter.issuedFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.issuedTo() != null) {
            condition = condition.and(CERTIFICATE.ISSUED_AT.lt(filter.issuedTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.regionId() != null) {
            condition = condition.and(CERTIFICATE.HOLDER_ID.in(DSL.select(APP_USER.ID).from(APP_USER)
                    .where(APP_USER.REGION_ID.eq(filter.regionId()))));
        }
        return condition;
    }

    List<CertificateFacts> page(CertificateFilter filter, PageRequest page) {
        return db.select(CERTIFICATE.CODE, CERTIFICATE.KIND, CERTIFICATE.HOLDER_NAME, CERTIFICATE.ACHIEVEMENT_TITLE,
                        CERTIFICATE.WORKLOAD_HOURS, CERTIFICATE.ACHIEVED_ON, CERTIFICATE.ISSUED_AT, CERTIFICATE.LANGUAGE,
                        CERTIFICATE.ISSUER, CERTIFICATE.SIGNATORY, CERTIFICATE.REVOKED_AT, CERTIFICATE.REVOKED_REASON)
                .from(CERTIFICATE).where(matching(filter))
                .orderBy(Sorting.orderBy(page, Map.of("holderName", CERTIFICATE.HOLDER_NAME, "issuedAt", CERTIFICATE.ISSUED_AT,
                        "title", CERTIFICATE.ACHIEVEMENT_TITLE), CERTIFICATE.ISSUED_AT.desc(), CERTIFICATE.ID.desc()))
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new CertificateFacts(new VerificationCode(r.value1()), CertificateKind.valueOf(r.value2()),
                        r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value11(), r.value12()));
    }

    int count(CertificateFilter filter) {
        return db.fetchCount(CERTIFICATE, matching(filter));
    }

    /** Writes every matching PDF into a ZIP, one row at a time: memory stays flat however many. */
    int writeZip(CertificateFilter filter, OutputStream out) {
        int written = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out);
             var cursor = db.select(CERTIFICATE.CODE, CERTIFICATE.HOLDER_NAME, CERTIFICATE.PDF).from(CERTIFICATE)
                     .where(matching(filter)).orderBy(CERTIFICATE.ID).fetchSize(50).fetchLazy()) {
            for (var row : cursor) {
                zip.putNextEntry(new ZipEntry(fileName(row.value2(), row.value1())));
                zip.write(row.value3());
                zip.closeEntry();
                written++;
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    static String fileName(String holder, String code) {
        String safe = holder.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return safe + "-" + code + ".pdf";
    }
}
