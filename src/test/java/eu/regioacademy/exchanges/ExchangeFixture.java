package eu.regioacademy.exchanges;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.CERTIFICATE_RENDITION;
import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.EXCHANGE_APPLICATION;
import static eu.regioacademy.db.Tables.EXCHANGE_LOG;
import static eu.regioacademy.db.Tables.EXCHANGE_REPORT;
import static eu.regioacademy.db.Tables.LEARNING_AGREEMENT;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;

import eu.regioacademy.certificates.CertificateService;
import java.time.Instant;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The demo exchange call and its placements (Skåne, Murcia, Puglia), and applications in any state. */
@Component
public class ExchangeFixture {

    private final ExchangeRepository exchanges;
    private final AllocationRepository allocations;
    private final ExchangePeopleQuery people;
    private final DSLContext db;

    ExchangeFixture(ExchangeRepository exchanges, AllocationRepository allocations, ExchangePeopleQuery people, DSLContext db) {
        this.exchanges = exchanges;
        this.allocations = allocations;
        this.people = people;
        this.db = db;
    }

    public ExchangeCall call() {
        return exchanges.calls("en", LocalDate.now()).stream().filter(c -> c.name().startsWith("REGIN staff exchange"))
                .findFirst().orElseThrow();
    }

    public Placement placement(String hostRegionName) {
        return exchanges.placements(call().id()).stream().filter(p -> p.hostRegion().equals(hostRegionName)).findFirst().orElseThrow();
    }

    public long userId(String email) {
        return people.idOf(email);
    }

    /** An application (rank given) for the person's dates, endorsed when asked. */
    public long application(String email, Placement p, int rank, LocalDate from, LocalDate until, boolean endorsed) {
        long user = people.idOf(email);
        long region = db.select(eu.regioacademy.db.Tables.APP_USER.REGION_ID).from(eu.regioacademy.db.Tables.APP_USER)
                .where(eu.regioacademy.db.Tables.APP_USER.ID.eq(user)).fetchSingle(eu.regioacademy.db.Tables.APP_USER.REGION_ID);
        long id = allocations.insertApplication(p.callId(), p.id(), user, region, rank, "Motivation", from, until);
        if (endorsed) allocations.endorse(id, ExchangeApplicationStatus.ENDORSED, null, user, Instant.now());
        return id;
    }

    public ExchangeApplicationStatus status(long applicationId) {
        return allocations.findApplication(applicationId).orElseThrow().status();
    }

    /** For committing tests: everything exchanges-related of these people, with the ledger entries of it. */
    public void removeOf(String... emails) {
        for (String email : emails) {
            long user = people.idOf(email);
            var allocationIds = db.select(EXCHANGE_ALLOCATION.ID).from(EXCHANGE_ALLOCATION)
                    .where(EXCHANGE_ALLOCATION.PARTICIPANT_ID.eq(user)).fetch(EXCHANGE_ALLOCATION.ID);
            var certificates = db.select(CERTIFICATE.ID).from(CERTIFICATE)
                    .where(CERTIFICATE.SOURCE_TYPE.eq(AllocationService.CERTIFICATE_SOURCE).and(CERTIFICATE.SOURCE_ID.in(allocationIds)))
                    .fetch(CERTIFICATE.ID);
            db.deleteFrom(PARTICIPATION_ENTRY).where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(CertificateService.LEDGER_SOURCE)
                    .and(PARTICIPATION_ENTRY.SOURCE_ID.in(certificates))).execute();
            db.deleteFrom(CERTIFICATE_RENDITION).where(CERTIFICATE_RENDITION.CERTIFICATE_ID.in(certificates)).execute();
            db.deleteFrom(CERTIFICATE).where(CERTIFICATE.ID.in(certificates)).execute();
            db.deleteFrom(PARTICIPATION_ENTRY).where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(AllocationService.CERTIFICATE_SOURCE)
                    .and(PARTICIPATION_ENTRY.SOURCE_ID.in(allocationIds))).execute();
            db.deleteFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(user).and(NOTIFICATION.EVENT_KEY.startsWith("exchange-"))).execute();
            db.deleteFrom(LEARNING_AGREEMENT).where(LEARNING_AGREEMENT.ALLOCATION_ID.in(allocationIds)).execute();
            db.deleteFrom(EXCHANGE_LOG).where(EXCHANGE_LOG.ALLOCATION_ID.in(allocationIds)).execute();
            db.deleteFrom(EXCHANGE_REPORT).where(EXCHANGE_REPORT.ALLOCATION_ID.in(allocationIds)).execute();
            db.deleteFrom(EXCHANGE_ALLOCATION).where(EXCHANGE_ALLOCATION.ID.in(allocationIds)).execute();
            db.deleteFrom(EXCHANGE_APPLICATION).where(EXCHANGE_APPLICATION.APPLICANT_ID.eq(user)
                    .and(EXCHANGE_APPLICATION.MOTIVATION.eq("Motivation"))).execute();
        }
    }
}
