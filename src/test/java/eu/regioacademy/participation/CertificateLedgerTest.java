package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.CertificateService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Certificates issued and revoked write exactly one ledger entry each, in their own transaction. */
class CertificateLedgerTest extends ServiceTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    DSLContext db;

    @Test
    void issuing_and_revoking_each_write_one_entry_with_the_holders_region() {
        signInAs(TestUsers.SECRETARIAT);
        var code = certificates.issueManually("jiri.novak@example.org", "Workshop on reception", new BigDecimal("6"),
                LocalDate.now().minusDays(3));
        long id = db.select(CERTIFICATE.ID).from(CERTIFICATE).where(CERTIFICATE.CODE.eq(code.value())).fetchSingle(CERTIFICATE.ID);
        certificates.revoke(code, "Issued to the wrong person");
        var entries = db.select(PARTICIPATION_ENTRY.KIND, PARTICIPATION_ENTRY.QUANTITY).from(PARTICIPATION_ENTRY)
                .where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(CertificateService.LEDGER_SOURCE).and(PARTICIPATION_ENTRY.SOURCE_ID.eq(id)))
                .orderBy(PARTICIPATION_ENTRY.KIND).fetch();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).value1()).isEqualTo("CERTIFICATE_ISSUED");
        assertThat(entries.get(0).value2()).isEqualByComparingTo("6");
        assertThat(entries.get(1).value1()).isEqualTo("CERTIFICATE_REVOKED");
    }

    @Test
    void a_refused_issue_writes_no_entry() {
        signInAs(TestUsers.SECRETARIAT);
        int before = db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.KIND.eq("CERTIFICATE_ISSUED"));
        try {
            certificates.issueManually("nobody@example.org", "x", BigDecimal.ONE, LocalDate.now());
        } catch (eu.regioacademy.platform.InvalidInputException expected) {
            // refused: nothing is written
        }
        assertThat(db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.KIND.eq("CERTIFICATE_ISSUED"))).isEqualTo(before);
    }
}
