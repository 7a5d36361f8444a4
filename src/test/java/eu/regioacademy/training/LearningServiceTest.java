package eu.regioacademy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.CurrentUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class LearningServiceTest extends ServiceTest {

    private static final Map<String, Set<String>> ALL_RIGHT = Map.of(
            "q1", Set.of("a"), "q2", Set.of("a", "c"), "q3", Set.of("false"));
    private static final Map<String, Set<String>> PARTLY_RIGHT = Map.of(
            "q1", Set.of("a"), "q2", Set.of("a"), "q3", Set.of("true"));

    @Autowired
    LearningService learning;
    @Autowired
    ContentImportService importer;
    @Autowired
    ParticipationLedger ledger;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    eu.regioacademy.certificates.CertificateService certificates;

    @BeforeEach
    void importFixtureAndSignIn() {
        importer.importFrom(TrainingFixture.folder());
        signInAs(TestUsers.MENTOR);
    }

    private void readAllLessons(String code) {
        learning.module(code, "en").orElseThrow().lessons()
                .forEach(l -> learning.markLessonDone(code, l.slug()));
    }

    @Test
    void a_learner_enrols_reads_every_lesson_fails_then_passes_and_completes_the_module() {
        long me = currentUser.require().id();
        learning.enrol(TrainingFixture.BASICS);
        learning.enrol(TrainingFixture.BASICS);
        assertThat(ledger.count(me, ParticipationKind.MODULE_ENROLLED)).isGreaterThanOrEqualTo(1);
        readAllLessons(TrainingFixture.BASICS);
        assertThat(learning.module(TrainingFixture.BASICS, "en").orElseThrow().progressPercent()).isEqualTo(100);

        QuizPaper first = learning.startQuiz(TrainingFixture.BASICS, "en");
        QuizResult failed = learning.submitQuiz(first.attemptId(), PARTLY_RIGHT, "en");
        assertThat(failed.passed()).isFalse();
        assertThat(failed.scorePercent()).isEqualTo(33);
        assertThat(failed.attemptsLeft()).isEqualTo(1);
        assertThat(failed.feedback()).extracting(QuizResult.Feedback::correct).containsExactly(true, false, false);
        assertThat(failed.feedback().get(1).explanation()).isEqualTo("a and c");

        int completedBefore = ledger.count(me, ParticipationKind.MODULE_COMPLETED);
        QuizPaper second = learning.startQuiz(TrainingFixture.BASICS, "en");
        assertThat(second.attemptNo()).isEqualTo(2);
        QuizResult passed = learning.submitQuiz(second.attemptId(), ALL_RIGHT, "en");
        assertThat(passed.passed()).isTrue();
        assertThat(passed.moduleCompleted()).isTrue();

        ModuleDetails module = learning.module(TrainingFixture.BASICS, "en").orElseThrow();
        assertThat(module.status()).isEqualTo(LearnerStatus.COMPLETED);
        assertThat(module.completedAt()).isNotNull();
        assertThat(ledger.count(me, ParticipationKind.MODULE_COMPLETED)).isEqualTo(completedBefore + 1);
        assertThat(certificates.mine()).anySatisfy(c -> {
            assertThat(c.title()).isEqualTo("Test basics");
            assertThat(c.holderName()).isEqualTo("Jordi Puig i Ferrer");
        });
        assertThat(learning.myLearning("en")).anySatisfy(item -> {
            assertThat(item.code()).isEqualTo(TrainingFixture.BASICS);
            assertThat(item.status()).isEqualTo(LearnerStatus.COMPLETED);
        });
    }

    @Test
    void passing_the_quiz_before_reading_every_lesson_completes_the_module_with_the_last_lesson() {
        learning.enrol(TrainingFixture.BASICS);
        QuizPaper paper = learning.startQuiz(TrainingFixture.BASICS, "en");
        QuizResult result = learning.submitQuiz(paper.attemptId(), ALL_RIGHT, "en");
        assertThat(result.passed()).isTrue();
        assertThat(result.moduleCompleted()).isFalse();
        assertThat(learning.markLessonDone(TrainingFixture.BASICS, "first")).isFalse();
        assertThat(learning.markLessonDone(TrainingFixture.BASICS, "second")).isTrue();
    }

    @Test
    void a_second_submit_of_the_same_attempt_is_rejected() {
        learning.enrol(TrainingFixture.BASICS);
        QuizPaper paper = learning.startQuiz(TrainingFixture.BASICS, "en");
        learning.submitQuiz(paper.attemptId(), PARTLY_RIGHT, "en");
        assertThatThrownBy(() -> learning.submitQuiz(paper.attemptId(), ALL_RIGHT, "en"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorKeysByField()).containsValue("training.error.already-submitted"));
    }

    @Test
    void attempts_are_limited() {
        learning.enrol(TrainingFixture.BASICS);
        for (int i = 0; i < 2; i++) {
            learning.submitQuiz(learning.startQuiz(TrainingFixture.BASICS, "en").attemptId(), PARTLY_RIGHT, "en");
        }
        assertThatThrownBy(() -> learning.startQuiz(TrainingFixture.BASICS, "en"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorKeysByField()).containsValue("training.error.no-attempts-left"));
    }

    @Test
    void enrolment_is_blocked_until_the_prerequisites_are_completed() {
        ModuleDetails advanced = learning.module(TrainingFixture.ADVANCED, "en").orElseThrow();
        assertThat(advanced.prerequisitesMet()).isFalse();
        assertThat(advanced.prerequisites()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("Test basics"));
        assertThatThrownBy(() -> learning.enrol(TrainingFixture.ADVANCED)).isInstanceOf(InvalidInputException.class);

        learning.enrol(TrainingFixture.BASICS);
        readAllLessons(TrainingFixture.BASICS);
        learning.submitQuiz(learning.startQuiz(TrainingFixture.BASICS, "en").attemptId(), ALL_RIGHT, "en");
        learning.enrol(TrainingFixture.ADVANCED);
        assertThat(learning.module(TrainingFixture.ADVANCED, "en").orElseThrow().status()).isEqualTo(LearnerStatus.IN_PROGRESS);
    }

    @Test
    void someone_elses_attempt_cannot_be_submitted() {
        learning.enrol(TrainingFixture.BASICS);
        long attemptId = learning.startQuiz(TrainingFixture.BASICS, "en").attemptId();
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> learning.submitQuiz(attemptId, ALL_RIGHT, "en"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorKeysByField()).containsValue("training.error.unknown-attempt"));
    }

    @Test
    void lessons_are_rendered_safely_with_links_between_lessons_and_in_the_readers_language() {
        learning.enrol(TrainingFixture.BASICS);
        LessonPage first = learning.lesson(TrainingFixture.BASICS, "first", "en").orElseThrow();
        assertThat(first.html()).doesNotContain("<script").contains("href=\"modules/test-basics/lessons/second\"");
        assertThat(first.nextSlug()).isEqualTo("second");
        LessonPage second = learning.lesson(TrainingFixture.BASICS, "second", "en").orElseThrow();
        assertThat(second.html()).doesNotContain("javascript:").contains("https://www.mipex.eu");
        assertThat(learning.lesson(TrainingFixture.BASICS, "first", "fr").orElseThrow().title()).isEqualTo("Première leçon");
        assertThat(learning.lesson(TrainingFixture.BASICS, "first", "sv").orElseThrow().title()).isEqualTo("First lesson");
    }

    @Test
    void lessons_stay_closed_to_learners_who_are_not_enrolled() {
        assertThat(learning.lesson(TrainingFixture.BASICS, "first", "en")).isEmpty();
        assertThatThrownBy(() -> learning.markLessonDone(TrainingFixture.BASICS, "first")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_catalogue_filters_by_topic_language_duration_and_text() {
        assertThat(learning.catalog(new CatalogFilter("", "funding", null, null), "en", PageRequest.first(50)))
                .extracting(CatalogEntry::code).contains(TrainingFixture.ADVANCED).doesNotContain(TrainingFixture.BASICS);
        assertThat(learning.catalog(new CatalogFilter("", null, "fr", 30), "en", PageRequest.first(50)))
                .extracting(CatalogEntry::code).contains(TrainingFixture.BASICS).doesNotContain(TrainingFixture.ADVANCED);
        assertThat(learning.catalog(new CatalogFilter("Needs the basics", null, null, null), "en", PageRequest.first(50)))
                .extracting(CatalogEntry::code).containsExactly(TrainingFixture.ADVANCED);
        assertThat(learning.catalog(CatalogFilter.none(), "fr", PageRequest.first(50)))
                .filteredOn(e -> e.code().equals(TrainingFixture.BASICS)).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Bases de test"));
    }

    @Test
    void a_changed_module_becomes_a_new_version_and_progress_on_unchanged_lessons_is_kept(@TempDir Path dir) throws Exception {
        learning.enrol(TrainingFixture.BASICS);
        learning.markLessonDone(TrainingFixture.BASICS, "first");
        learning.markLessonDone(TrainingFixture.BASICS, "second");

        Path content = TrainingFixture.copyTo(dir);
        Files.writeString(content.resolve("test-basics/02-second.en.md"), "# Second lesson\n\nRewritten.\n");
        ImportReport report = importer.importFrom(content);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(importer.importFrom(content).unchanged()).isEqualTo(2);

        ModuleDetails module = learning.module(TrainingFixture.BASICS, "en").orElseThrow();
        assertThat(module.versionNo()).isEqualTo(2);
        assertThat(module.lessons()).extracting(ModuleDetails.LessonSummary::done).containsExactly(true, false);
        assertThat(module.progressPercent()).isEqualTo(50);
    }

    @Test
    void broken_content_is_reported_and_the_published_version_stays(@TempDir Path dir) throws Exception {
        Path content = TrainingFixture.copyTo(dir);
        Files.writeString(content.resolve("test-basics/quiz.yaml"), "questions:\n  - id: q1\n    type: [oops\n");
        ImportReport report = importer.importFrom(content);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("test-basics/quiz.yaml");
            assertThat(p.line()).isPositive();
        });
        assertThat(learning.module(TrainingFixture.BASICS, "en").orElseThrow().versionNo()).isEqualTo(1);
    }
}
