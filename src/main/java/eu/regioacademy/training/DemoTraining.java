package eu.regioacademy.training;

import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo learning activity: the demo learner has completed one module and is half-way through
 * another, and staff of several regions are enrolled, so every training view has something
 * to show. Added once: nothing happens when the demo learner is already enrolled.
 */
@Component
@Order(TrainingStartup.ORDER + 10)
@ConditionalOnBooleanProperty("regio.demo-data")
class DemoTraining implements ApplicationRunner {

    static final String COMPLETED_MODULE = "integration-policy-mipex-r";
    static final String IN_PROGRESS_MODULE = "health-and-integration-skane";
    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final EnrolmentRepository enrolments;
    private final LessonQuery lessons;
    private final DemoPeopleQuery people;
    private final ParticipationLedger ledger;
    private final eu.regioacademy.certificates.CertificateService certificates;
    private final Clock clock;

    DemoTraining(EnrolmentRepository enrolments, LessonQuery lessons, DemoPeopleQuery people, ParticipationLedger ledger,
                 eu.regioacademy.certificates.CertificateService certificates, Clock clock) {
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.people = people;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var completed = enrolments.findModule(COMPLETED_MODULE);
        var inProgress = enrolments.findModule(IN_PROGRESS_MODULE);
        Long learner = people.idOf("learner@example.org");
        if (completed.isEmpty() || inProgress.isEmpty() || learner == null) return;
        Instant now = clock.instant();

        var added = enrolments.insertIfAbsent(learner, completed.get().id(), completed.get().currentVersionId(), null);
        if (added.isEmpty()) return;
        finish(added.get(), learner, completed.get(), now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(33)));

        long progressId = enrol(learner, inProgress.get(), now.minus(Duration.ofDays(6)));
        var firstLessons = lessons.lessons(inProgress.get().currentVersionId(), "en").stream().limit(2).toList();
        firstLessons.forEach(l -> enrolments.markLessonDone(progressId, l.slug(), l.contentHash()));
        enrolments.setLastLesson(progressId, firstLessons.getLast().slug());

        // colleagues across the network, so the secretariat sees enrolments from several regions
        Map<String, Boolean> others = Map.of("ana.sousa@example.org", true, "giuseppe.esposito@example.org", false,
                "maria.martinez@example.org", true, "francesca.lorusso@example.org", false,
                "eleni.papadopoulou@example.org", true, "olena.kovalenko@example.org", false,
                "jiri.novak@example.org", false);
        int day = 60;
        for (var person : others.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Long userId = people.idOf(person.getKey());
            if (userId == null) continue;
            day -= 5;
            if (person.getValue()) {
                long id = enrolments.insertIfAbsent(userId, completed.get().id(), completed.get().currentVersionId(), null).orElseThrow();
                finish(id, userId, completed.get(), now.minus(Duration.ofDays(day)), now.minus(Duration.ofDays(day - 4)));
            } else {
                long id = enrol(userId, inProgress.get(), now.minus(Duration.ofDays(day)));
                var first = lessons.lessons(inProgress.get().currentVersionId(), "en").getFirst();
                enrolments.markLessonDone(id, first.slug(), first.contentHash());
            }
        }
        log.info("Demo data: training enrolments added");
    }

    private long enrol(long userId, EnrolmentRepository.ModuleRow module, Instant at) {
        long id = enrolments.insertIfAbsent(userId, module.id(), module.currentVersionId(), null).orElseThrow();
        enrolments.backdate(id, at);
        ledger.record(new ParticipationEntry(userId, ParticipationKind.MODULE_ENROLLED, at, BigDecimal.ZERO, "enrolment", id));
        return id;
    }

    private void finish(long enrolmentId, long userId, EnrolmentRepository.ModuleRow module, Instant enrolledAt, Instant doneAt) {
        enrolments.backdate(enrolmentId, enrolledAt);
        ledger.record(new ParticipationEntry(userId, ParticipationKind.MODULE_ENROLLED, enrolledAt, BigDecimal.ZERO,
                "enrolment", enrolmentId));
        var rows = lessons.lessons(module.currentVersionId(), "en");
        rows.forEach(l -> enrolments.markLessonDone(enrolmentId, l.slug(), l.contentHash()));
        var questions = lessons.questions(module.currentVersionId(), "en");
        long attempt = enrolments.insertAttempt(enrolmentId, module.currentVersionId(), questions.size());
        Map<String, Set<String>> rightAnswers = questions.stream().collect(Collectors.toMap(LessonQuery.QuestionRow::key,
                q -> q.answerTrue() != null ? Set.of(q.answerTrue().toString()) : q.scoringKey().correctOptions()));
        QuizScoring.Score score = QuizScoring.score(questions.stream().map(LessonQuery.QuestionRow::scoringKey).toList(), rightAnswers);
        enrolments.submit(attempt, doneAt, score, true);
        enrolments.complete(enrolmentId, doneAt);
        var version = lessons.version(module.currentVersionId());
        BigDecimal hours = BigDecimal.valueOf(version.estimatedMinutes()).divide(BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP);
        ledger.record(new ParticipationEntry(userId, ParticipationKind.MODULE_COMPLETED, doneAt, hours, "enrolment",
                enrolmentId));
        if (version.awardsCertificate()) {
            String title = lessons.moduleTitle(module.currentVersionId(), people.languageOf(userId));
            certificates.issue(new eu.regioacademy.certificates.Achievement(
                    eu.regioacademy.certificates.CertificateKind.MODULE_COMPLETION, userId, title, hours,
                    doneAt.atZone(java.time.ZoneOffset.UTC).toLocalDate(), "enrolment", enrolmentId));
        }
    }
}
