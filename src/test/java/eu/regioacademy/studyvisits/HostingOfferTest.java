package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class HostingOfferTest extends ServiceTest {

    @Autowired
    HostingOfferService offers;
    @Autowired
    StudyVisitService visits;
    @Autowired
    StudyVisitFixture fixture;

    @Test
    void staff_find_an_offer_and_their_request_becomes_a_draft_for_the_host_to_accept() {
        signInAs(TestUsers.COORDINATOR);
        long offer = offers.publish(new HostingOfferDraft(fixture.skane(), "employment", "Job coaching for newcomers",
                "Sit in with the job coaches of Malmö.", List.of("en", "sv"), "Autumn"));

        signInAs("jiri.novak@example.org");
        assertThat(offers.search(new OfferFilter("coaching", "employment", null, "sv"), PageRequest.first(10)))
                .extracting(HostingOffer::id).containsExactly(offer);
        assertThat(offers.search(new OfferFilter("coaching", "health", null, null), PageRequest.first(10))).isEmpty();
        long draft = offers.requestVisit(offer, fixture.today().plusWeeks(10), fixture.today().plusWeeks(10).plusDays(2),
                "Four of us from the employment service");

        VisitDetails requested = visits.details(draft, "en").orElseThrow();
        assertThat(requested.status()).isEqualTo(VisitStatus.DRAFT);
        assertThat(requested.hostRegionId()).isEqualTo(fixture.skane());
        assertThat(requested.title()).isEqualTo("Job coaching for newcomers");
        assertThat(requested.requestedBy()).isEqualTo("Jiří Novák");
        assertThat(fixture.notificationKeys(TestUsers.COORDINATOR, "visit-requested:" + draft))
                .containsExactly("notification.visit.requested");

        signInAs(TestUsers.COORDINATOR);
        assertThat(visits.details(draft, "en")).get().extracting(VisitDetails::hostedByViewer).isEqualTo(true);
        assertThatThrownBy(() -> visits.moveTo(draft, VisitStatus.OPEN, null))
                .as("the host completes the draft before opening it")
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsKey("city"));
    }

    @Test
    void only_a_regions_hosts_publish_and_withdraw_its_offers() {
        signInAs("maria.martinez@example.org");
        assertThatThrownBy(() -> offers.publish(new HostingOfferDraft(fixture.skane(), "health", "x", "y",
                List.of("en"), ""))).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> offers.publish(new HostingOfferDraft(fixture.skane(), "health", "x", "y",
                List.of("en"), ""))).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> offers.publish(new HostingOfferDraft(fixture.skane(), "health", " ", "",
                List.of(), ""))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsKeys("title", "whatVisitorsSee", "languages"));
    }
}
