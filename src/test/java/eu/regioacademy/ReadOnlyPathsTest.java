package eu.regioacademy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.mentoring.MatchMode;
import eu.regioacademy.mentoring.MentorProfileService;
import eu.regioacademy.mentoring.MentoringCycleService;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.mentoring.PairingFilter;
import eu.regioacademy.mentoring.PairingService;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.studyvisits.StudyVisitService;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitFilter;
import eu.regioacademy.studyvisits.VisitRecordService;
import eu.regioacademy.studyvisits.VisitSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages' read paths in real read-only transactions, as the app runs them (the other
 * service tests wrap everything in one read-write test transaction, which hides a locking
 * read slipped into a read-only path: MariaDB refuses it there).
 */
@SpringBootTest
@ActiveProfiles("test")
class ReadOnlyPathsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    StudyVisitService visits;
    @Autowired
    VisitApplicationService applications;
    @Autowired
    VisitRecordService records;
    @Autowired
    PairingService pairings;
    @Autowired
    MentorProfileService profiles;
    @Autowired
    MentoringCycleService cycles;
    @Autowired
    MentoringFixture mentoring;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void study_visit_pages_read_without_locks() {
        TestUsers.signIn(context, TestUsers.SECRETARIAT);
        var all = visits.browse(VisitFilter.any(), "en", PageRequest.first(50));
        assertThat(all).isNotEmpty();
        for (VisitSummary v : all) {
            assertThat(visits.details(v.id(), "en")).isPresent();
            applications.applicationsOf(v.id(), PageRequest.first(50));
            records.attendance(v.id());
            records.feedback(v.id());
        }
        TestUsers.signIn(context, TestUsers.LEARNER);
        applications.mine("en", PageRequest.first(50));
        TestUsers.signIn(context, TestUsers.COORDINATOR);
        applications.endorsementRequests(false, "en", PageRequest.first(50));
    }

    @Test
    void exchange_pages_read_without_locks() {
        for (String who : new String[] {TestUsers.LEARNER, TestUsers.COORDINATOR, TestUsers.SECRETARIAT}) {
            TestUsers.signIn(context, who);
            exchanges.calls("en").forEach(c -> exchanges.placements(c.id()));
            exchanges.myApplications();
            exchangeAllocations.mine();
        }
        TestUsers.signIn(context, TestUsers.SECRETARIAT);
        exchanges.calls("en").forEach(c -> exchanges.placements(c.id()).forEach(p -> exchangeAllocations.candidates(p.id())));
        TestUsers.signIn(context, TestUsers.COORDINATOR);
        exchanges.toEndorse();
    }

    @Autowired
    eu.regioacademy.exchanges.ExchangeService exchanges;
    @Autowired
    eu.regioacademy.exchanges.AllocationService exchangeAllocations;

    @Test
    void mentoring_pages_read_without_locks() {
        long pairing = mentoring.demoPairing();
        for (String who : new String[] {TestUsers.LEARNER, MentoringFixture.MENTOR, TestUsers.COORDINATOR, TestUsers.SECRETARIAT}) {
            TestUsers.signIn(context, who);
            assertThat(pairings.details(pairing).id()).isEqualTo(pairing);
            pairings.pairings(PairingFilter.all(), PageRequest.first(50));
            pairings.mine();
            profiles.mine();
            cycles.myRequests().forEach(r -> cycles.suggestions(r.id()));
        }
        TestUsers.signIn(context, TestUsers.SECRETARIAT);
        assertThat(cycles.plan(mentoring.demoCycle(), MatchMode.BEST_TOTAL).pairs()).isNotEmpty();
    }
}
