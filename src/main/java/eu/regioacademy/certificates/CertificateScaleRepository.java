package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;

import eu.regioacademy.platform.db.BulkInsert;
import eu.regioacademy.platform.db.BulkInsert.Sink;
import org.springframework.stereotype.Repository;

/** Bulk writes of generated certificates, for benchmarks at network scale. */
@Repository
class CertificateScaleRepository {

    /** A statement of PDFs stays well under the server's default packet limit (16 MB). */
    private static final int PDFS_PER_STATEMENT = 100;

    private final BulkInsert bulk;

    CertificateScaleRepository(BulkInsert bulk) {
        this.bulk = bulk;
    }

    long firstId() {
        return bulk.nextId(CERTIFICATE);
    }

    Writer writer() {
        return new Writer(bulk.into(CERTIFICATE, CERTIFICATE.ID, CERTIFICATE.CODE, CERTIFICATE.KIND,
                CERTIFICATE.HOLDER_ID, CERTIFICATE.HOLDER_NAME, CERTIFICATE.ACHIEVEMENT_TITLE,
                CERTIFICATE.WORKLOAD_HOURS, CERTIFICATE.ACHIEVED_ON, CERTIFICATE.ISSUED_AT, CERTIFICATE.LANGUAGE,
                CERTIFICATE.ISSUER, CERTIFICATE.SIGNATORY, CERTIFICATE.SOURCE_TYPE, CERTIFICATE.SOURCE_ID,
                CERTIFICATE.PDF, CERTIFICATE.PDF_SHA256, CERTIFICATE.DETAILS).rowsPerStatement(PDFS_PER_STATEMENT));
    }

    record Writer(Sink certificates) implements AutoCloseable {

        void certificate(long id, CertificateFacts facts, long holderId, String sourceType, long sourceId, byte[] pdf,
                         String sha256) {
            certificates.add(id, facts.code().value(), facts.kind().name(), holderId, facts.holderName(), facts.title(),
                    facts.workloadHours(), facts.achievedOn(), facts.issuedAt(), facts.language(), facts.issuer(),
                    facts.signatory(), sourceType, sourceId, pdf, sha256,
                    facts.details().isEmpty() ? null : CertificateDetail.encode(facts.details()));
        }

        @Override
        public void close() {
            certificates.close();
        }
    }
}
