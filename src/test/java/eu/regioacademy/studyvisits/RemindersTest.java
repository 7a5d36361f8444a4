package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RemindersTest extends ServiceTest {

    @Autowired
    StudyVisitReminders reminders;
    @Autowired
    StudyVisitFixture fixture;

    @Test
    void confirmed_participants_are_reminded_once_before_the_visit() {
        long visit = fixture.visit(VisitStatus.CONFIRMED, 5);
        fixture.moveTo(visit, fixture.today().plusDays(2));
        long confirmed = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        long waiting = fixture.application(visit, "olena.kovalenko@example.org", ApplicationStatus.WAITLISTED);

        reminders.sendDue();
        reminders.sendDue();

        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-reminder:" + confirmed))
                .containsExactly("notification.visit.reminder");
        assertThat(fixture.notificationKeys("olena.kovalenko@example.org", "visit-reminder:" + waiting)).isEmpty();
    }

    @Test
    void visits_further_ahead_wait_for_their_reminder() {
        long visit = fixture.visit(VisitStatus.CONFIRMED, 5);
        fixture.moveTo(visit, fixture.today().plusDays(VisitRules.REMINDER_DAYS_BEFORE + 2));
        long confirmed = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        reminders.sendDue();
        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-reminder:" + confirmed)).isEmpty();
    }

    @Test
    void attendees_are_asked_for_feedback_and_three_months_later_what_they_applied_each_once() {
        long visit = fixture.visit(VisitStatus.COMPLETED, 5);
        fixture.moveTo(visit, fixture.today().minusMonths(4));
        long attended = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        long absent = fixture.application(visit, "olena.kovalenko@example.org", ApplicationStatus.CONFIRMED);
        fixture.attended(attended, fixture.today().minusMonths(4));

        int first = reminders.sendDue();
        int second = reminders.sendDue();

        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-feedback:" + attended))
                .containsExactly("notification.visit.feedback-due");
        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-follow-up:" + attended))
                .containsExactly("notification.visit.follow-up-due");
        assertThat(fixture.notificationKeys("olena.kovalenko@example.org", "visit-")).isEmpty();
        assertThat(first).isGreaterThanOrEqualTo(2);
        assertThat(second).isZero();
        assertThat(absent).isPositive();
    }
}
