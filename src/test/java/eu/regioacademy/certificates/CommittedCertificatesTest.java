package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;

import eu.regioacademy.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificate tests that need real, committed transactions (races, streaming, benchmarks).
 * Each marks its certificates with its own source type and removes them afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class CommittedCertificatesTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateHolderQuery holders;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    abstract String source();

    void signInAs(String email) {
        TestUsers.signIn(context, email);
    }

    @AfterEach
    void removeCertificates() {
        db.deleteFrom(CERTIFICATE).where(CERTIFICATE.SOURCE_TYPE.eq(source())).execute();
        SecurityContextHolder.clearContext();
    }
}
