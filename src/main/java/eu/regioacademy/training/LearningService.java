package eu.regioacademy.training;

import eu.regioacademy.certificates.Achievement;
import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SignedInUser;
import eu.regioacademy.training.content.QuestionContent.QuestionKind;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a learner does with modules: browse, enrol, read, take the quiz, complete. Every
 * method acts for the signed-in user only; ids in URLs never reach another person's data.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class LearningService {

    private final CatalogQuery catalog;
    private final LessonQuery lessons;
    private final EnrolmentRepository enrolments;
    private final ParticipationLedger ledger;
    private final CertificateService certificates;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final Clock clock;

    LearningService(CatalogQuery catalog, LessonQuery lessons, EnrolmentRepository enrolments, ParticipationLedger ledger,
                    CertificateService certificates, MarkdownRenderer markdown, CurrentUser currentUser, Clock clock) {
        this.certificates = certificates;
        this.catalog = catalog;
        this.lessons = lessons;
        this.enrolments = enrolments;
        this.ledger = ledger;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<CatalogEntry> catalog(CatalogFilter filter, String language, PageRequest page) {
        return catalog.catalogPage(currentUser.require().id(), filter, language, page);
    }

    public int countCatalog(CatalogFilter filter) {
        return catalog.catalogCount(filter);
    }

    public List<String> topics() {
        return catalog.publishedTopics();
    }

    public Optional<ModuleDetails> module(String code, String language) {
        return catalog.moduleDetails(currentUser.require().id(), code, language);
    }

    public List<MyLearningItem> myLearning(String language) {
        return catalog.myLearning(currentUser.require().id(), language);
    }

    /** Enrols the learner once, however often they click; refused while prerequisites are open. */
    @Transactional
    public void enrol(String code) {
        SignedInUser user = currentUser.require();
        enrolments.lockLearner(user.id());
        var module = enrolments.findModule(code)
                .filter(m -> ModuleStatus.PUBLISHED.name().equals(m.status()))
                .orElseThrow(() -> InvalidInputException.of("module", "training.error.unknown-module"));
        boolean blocked = catalog.prerequisitesOf(user.id(), module.currentVersionId(), "en").stream()
                .anyMatch(p -> !p.met());
        if (blocked) throw InvalidInputException.of("module", "training.error.prerequisites-open");
        enrolments.insertIfAbsent(user.id(), module.id(), module.currentVersionId(), null).ifPresent(enrolmentId ->
                ledger.record(new ParticipationEntry(user.id(), ParticipationKind.MODULE_ENROLLED, clock.instant(),
                        BigDecimal.ZERO, "enrolment", enrolmentId)));
    }

    public Optional<LessonPage> lesson(String code, String slug, String language) {
        SignedInUser user = currentUser.require();
        Optional<ModuleDetails> details = catalog.moduleDetails(user.id(), code, language);
        if (details.isEmpty() || details.get().status() == LearnerStatus.NOT_STARTED) return Optional.empty();
        ModuleDetails module = details.get();
        var enrolment = enrolments.find(user.id(), code).orElseThrow();
        List<LessonQuery.LessonRow> rows = lessons.lessons(enrolment.versionId(), module.language());
        for (int i = 0; i < rows.size(); i++) {
            LessonQuery.LessonRow row = rows.get(i);
            if (row.slug().equals(slug)) {
                boolean done = module.lessons().get(i).done();
                return Optional.of(new LessonPage(code, module.title(), slug, row.title(),
                        markdown.toSafeHtml(row.markdown(), code), row.position(), rows.size(),
                        i > 0 ? rows.get(i - 1).slug() : null, i + 1 < rows.size() ? rows.get(i + 1).slug() : null, done));
            }
        }
        return Optional.empty();
    }

    /** Remembers where the learner is, so "Continue" brings them back. */
    @Transactional
    public void openLesson(String code, String slug) {
        enrolments.lock(currentUser.require().id(), code).ifPresent(e -> enrolments.setLastLesson(e.id(), slug));
    }

    /** @return true when this completed the module */
    @Transactional
    public boolean markLessonDone(String code, String slug) {
        var enrolment = enrolments.lock(currentUser.require().id(), code)
                .orElseThrow(() -> InvalidInputException.of("module", "training.error.not-enrolled"));
        String hash = lessons.lessonHash(enrolment.versionId(), slug)
                .orElseThrow(() -> InvalidInputException.of("lesson", "training.error.unknown-lesson"));
        enrolments.markLessonDone(enrolment.id(), slug, hash);
        enrolments.setLastLesson(enrolment.id(), slug);
        return completeIfDone(enrolment, code);
    }

    /** Opens an attempt (or returns the open one) while attempts are left. */
    @Transactional
    public QuizPaper startQuiz(String code, String language) {
        SignedInUser user = currentUser.require();
        var enrolment = enrolments.lock(user.id(), code)
                .orElseThrow(() -> InvalidInputException.of("module", "training.error.not-enrolled"));
        var version = lessons.version(enrolment.versionId());
        if (enrolments.hasPassed(enrolment.id())) throw InvalidInputException.of("quiz", "training.error.quiz-passed");
        String lang = LocalizedTextQuery.best(version.languages(), language);
        var questions = lessons.questions(enrolment.versionId(), lang);
        long attemptId = enrolments.openAttempt(enrolment.id(), enrolment.versionId()).orElseGet(() -> {
            if (enrolments.submittedAttempts(enrolment.id()) >= version.maxAttempts()) {
                throw InvalidInputException.of("quiz", "training.error.no-attempts-left");
            }
            return enrolments.insertAttempt(enrolment.id(), enrolment.versionId(), questions.size());
        });
        String title = catalog.moduleDetails(user.id(), code, language).map(ModuleDetails::title).orElse(code);
        return new QuizPaper(attemptId, code, title, enrolments.attemptNo(attemptId), version.maxAttempts(),
                version.passMark(), questions.stream().map(q -> new QuizPaper.Question(q.key(), q.kind(), q.text(),
                        q.options().stream().map(o -> new QuizPaper.Option(o.key(), o.text())).toList())).toList());
    }

    /**
     * Scores the attempt on the server from the stored correct answers. A second submit of
     * the same attempt is refused; passing with every lesson done completes the module.
     *
     * @param answers question key → chosen option keys, or {"true"} / {"false"}
     */
    @Transactional
    public QuizResult submitQuiz(long attemptId, Map<String, Set<String>> answers, String language) {
        SignedInUser user = currentUser.require();
        var enrolment = enrolments.lockAttemptOwner(attemptId, user.id())
                .orElseThrow(() -> InvalidInputException.of("quiz", "training.error.unknown-attempt"));
        var version = lessons.version(enrolment.versionId());
        String lang = LocalizedTextQuery.best(version.languages(), language);
        var questions = lessons.questions(enrolment.versionId(), lang);
        checkChoices(questions, answers);
        QuizScoring.Score score = QuizScoring.score(questions.stream().map(LessonQuery.QuestionRow::scoringKey).toList(), answers);
        boolean passed = score.passes(version.passMark());
        if (!enrolments.submit(attemptId, clock.instant(), score, passed)) {
            throw InvalidInputException.of("quiz", "training.error.already-submitted");
        }
        Map<String, String> stored = new HashMap<>();
        answers.forEach((key, chosen) -> stored.put(key, String.join(",", new TreeSet<>(chosen))));
        enrolments.insertAnswers(attemptId, stored, score.correctByQuestion());
        String code = catalog.codeOf(enrolment.moduleId());
        boolean completed = passed && completeIfDone(enrolment, code);
        int attemptsLeft = Math.max(0, version.maxAttempts() - enrolments.submittedAttempts(enrolment.id()));
        List<QuizResult.Feedback> feedback = questions.stream().map(q -> new QuizResult.Feedback(q.key(), q.text(),
                score.correctByQuestion().get(q.key()), correctAnswerText(q), q.explanation())).toList();
        return new QuizResult(score.correctCount(), score.questionCount(), score.percent(), passed,
                passed ? 0 : attemptsLeft, completed, feedback);
    }

    /**
     * The view only offers the paper's choices, but a tampered request can name any: an answer
     * must be to a question of this paper and choose at most one of its options (or true/false)
     * for a single answer, only its options for a multiple one. An unanswered question is allowed
     * and scores as wrong.
     */
    private static void checkChoices(List<LessonQuery.QuestionRow> questions, Map<String, Set<String>> answers) {
        Map<String, LessonQuery.QuestionRow> byKey = new HashMap<>();
        questions.forEach(q -> byKey.put(q.key(), q));
        answers.forEach((key, chosen) -> {
            LessonQuery.QuestionRow question = key == null ? null : byKey.get(key);
            if (question == null || chosen == null) throw InvalidInputException.of("quiz", "training.error.unknown-choice");
            Set<String> allowed = question.kind() == QuestionKind.TRUE_FALSE ? Set.of("true", "false")
                    : question.options().stream().map(LessonQuery.OptionRow::key).collect(Collectors.toSet());
            boolean tooMany = question.kind() != QuestionKind.MULTIPLE && chosen.size() > 1;
            if (tooMany || chosen.stream().anyMatch(c -> c == null || !allowed.contains(c))) {
                throw InvalidInputException.of("quiz", "training.error.unknown-choice");
            }
        });
    }

    private static String correctAnswerText(LessonQuery.QuestionRow question) {
        if (question.answerTrue() != null) return String.valueOf(question.answerTrue());
        return String.join(" · ", question.options().stream().filter(LessonQuery.OptionRow::correct)
                .map(LessonQuery.OptionRow::text).toList());
    }

    private boolean completeIfDone(EnrolmentRepository.EnrolmentRow enrolment, String code) {
        if (enrolment.completed() || !enrolments.hasPassed(enrolment.id())) return false;
        ModuleDetails module = catalog.moduleDetails(enrolment.userId(), code, "en").orElseThrow();
        if (!module.lessons().stream().allMatch(ModuleDetails.LessonSummary::done)) return false;
        Instant now = clock.instant();
        if (!enrolments.complete(enrolment.id(), now)) return false;
        BigDecimal hours = BigDecimal.valueOf(module.estimatedMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        ledger.record(new ParticipationEntry(enrolment.userId(), ParticipationKind.MODULE_COMPLETED, now, hours,
                "enrolment", enrolment.id()));
        if (module.awardsCertificate()) {
            String language = currentUser.find().map(SignedInUser::locale).orElse("en");
            String title = catalog.moduleDetails(enrolment.userId(), code, language).orElseThrow().title();
            certificates.issue(new Achievement(CertificateKind.MODULE_COMPLETION, enrolment.userId(), title, hours,
                    now.atZone(java.time.ZoneOffset.UTC).toLocalDate(), "enrolment", enrolment.id()));
        }
        return true;
    }
}
