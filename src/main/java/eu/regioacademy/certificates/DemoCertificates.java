package eu.regioacademy.certificates;

import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: the certificates come with the demo completions; one of another person is
 * revoked, so a newcomer sees both states on the verification page.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("regio.demo-data")
class DemoCertificates implements ApplicationRunner {

    static final String REVOKED_HOLDER = "ana.sousa@example.org";

    private final CertificateRepository certificates;
    private final CertificateHolderQuery holders;
    private final Clock clock;
    private final eu.regioacademy.participation.ParticipationLedger ledger;

    DemoCertificates(CertificateRepository certificates, CertificateHolderQuery holders, Clock clock,
                     eu.regioacademy.participation.ParticipationLedger ledger) {
        this.ledger = ledger;
        this.certificates = certificates;
        this.holders = holders;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long holder = holders.idOf(REVOKED_HOLDER);
        Long secretariat = holders.idOf("secretariat@example.org");
        if (holder == null || secretariat == null) return;
        certificates.ofHolder(holder).stream().filter(c -> !c.revoked()).findFirst().ifPresent(c -> {
            certificates.revoke(c.code(), clock.instant(), "Issued in error: the quiz result was corrected (demo)", secretariat);
            ledger.record(new ParticipationEntry(holder, ParticipationKind.CERTIFICATE_REVOKED, clock.instant(),
                    java.math.BigDecimal.ZERO, CertificateService.LEDGER_SOURCE, certificates.findByCode(c.code()).orElseThrow().id()));
        });
    }
}
