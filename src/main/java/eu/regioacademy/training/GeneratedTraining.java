package eu.regioacademy.training;

import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.GeneratedCertificates;
import eu.regioacademy.participation.LedgerWriter;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.people.GeneratedStaff.StaffMember;
import eu.regioacademy.platform.GeneratedValues;
import eu.regioacademy.platform.ProgressLog;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.i18n.TranslationProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Modules and learning at network scale, for benchmarks: modules in all six languages with
 * lessons and a quiz, and enrolments with the lessons done and quiz attempts of each, written
 * with their ledger entries. A few heavy learners have taken over a hundred modules; most
 * people a handful. The same seed gives the same data.
 */
@Component
public class GeneratedTraining {

    public static final String CODE_PREFIX = "network-";
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "it", "pt", "sv");
    static final int LESSONS = 5;
    static final int QUESTIONS = 4;
    private static final Map<String, String> MODULE_WORD = Map.of("en", "module", "fr", "module", "es", "módulo",
            "it", "modulo", "pt", "módulo", "sv", "modul");
    private static final Map<String, String> LESSON_WORD = Map.of("en", "Lesson", "fr", "Leçon", "es", "Lección",
            "it", "Lezione", "pt", "Lição", "sv", "Lektion");

    private record Module(long id, long versionId, int minutes, String topics, Map<String, String> titles,
                          List<String> lessonHashes) {
    }

    private final TrainingScaleRepository repository;
    private final TranslationProvider translations;

    GeneratedTraining(TrainingScaleRepository repository, TranslationProvider translations) {
        this.repository = repository;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public boolean present() {
        return repository.modulesExist(CODE_PREFIX);
    }

    /**
     * Writes {@code moduleCount} modules and {@code enrolmentCount} enrolments between the two
     * instants; returns the completions that earn a certificate.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<GeneratedCertificates.Achieved> generate(List<StaffMember> staff, int moduleCount, int enrolmentCount, Instant from,
                                     Instant to, long seed, LedgerWriter ledger) {
        if (repository.modulesExist(CODE_PREFIX)) throw new IllegalStateException("network modules exist already");
        Random random = new Random(seed);
        TrainingScaleRepository.FirstIds ids = repository.firstIds();
        List<GeneratedCertificates.Achieved> completions = new ArrayList<>();
        try (TrainingScaleRepository.Writer rows = repository.writer()) {
            List<Module> modules = modules(rows, ids, moduleCount, from, random);
            rows.flushContent();
            repository.linkCurrentVersions(CODE_PREFIX);
            ProgressLog progress = ProgressLog.start("enrolments", enrolmentCount);
            long enrolmentId = ids.enrolment();
            long attemptId = ids.attempt();
            int[] order = new int[modules.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            int written = 0;
            for (int person = 0; person < staff.size() && written < enrolmentCount; person++) {
                StaffMember who = staff.get(person);
                int wanted = Math.min(enrolmentCount - written, Math.min(modules.size(), modulesTaken(random, person)));
                for (int k = 0; k < wanted; k++) {
                    int pick = k + random.nextInt(order.length - k);
                    int swap = order[k];
                    order[k] = order[pick];
                    order[pick] = swap;
                    Module module = modules.get(order[k]);
                    attemptId = enrol(rows, ledger, who, module, enrolmentId, attemptId, from, to, random, completions);
                    enrolmentId++;
                }
                written += wanted;
                progress.advance(wanted);
            }
            if (written < enrolmentCount) {
                throw new IllegalArgumentException(staff.size() + " people are too few for " + enrolmentCount + " enrolments");
            }
            progress.finish();
        }
        return completions;
    }

    /** About one in a hundred people are heavy learners; the others take one to seven modules. */
    private static int modulesTaken(Random random, int person) {
        return person % 100 == 7 ? 100 + random.nextInt(100) : 1 + random.nextInt(7);
    }

    private List<Module> modules(TrainingScaleRepository.Writer rows, TrainingScaleRepository.FirstIds ids, int count,
                                 Instant from, Random random) {
        List<Module> modules = new ArrayList<>(count);
        long lessonId = ids.lesson();
        long questionId = ids.question();
        for (int n = 0; n < count; n++) {
            long moduleId = ids.module() + n;
            long versionId = ids.version() + n;
            String code = CODE_PREFIX + String.format(Locale.ROOT, "%04d", n + 1);
            int minutes = 30 + 15 * random.nextInt(15);
            String first = Topics.ALL.get(random.nextInt(Topics.ALL.size()));
            String second = Topics.ALL.get(random.nextInt(Topics.ALL.size()));
            String topics = first.equals(second) ? first : first + "," + second;
            rows.module(moduleId, code, from);
            rows.version(versionId, moduleId, GeneratedValues.sha256Hex(code), minutes, 70, 3, String.join(",", LANGUAGES), from);
            Map<String, String> titles = new java.util.HashMap<>();
            for (String language : LANGUAGES) {
                Locale locale = Locale.forLanguageTag(language);
                String title = translations.translate(locale, "topic." + first) + " — " + MODULE_WORD.get(language)
                        + " " + (n + 1);
                titles.put(language, title);
                rows.moduleText(versionId, language, title, translations.translate(locale, "topic." + first) + ", "
                        + translations.translate(locale, "topic." + second) + ".");
            }
            for (String topic : topics.split(",")) rows.topic(versionId, topic);
            List<String> lessonHashes = new ArrayList<>();
            for (int position = 1; position <= LESSONS; position++, lessonId++) {
                lessonHashes.add(GeneratedValues.sha256Hex(code + "/lesson-" + position));
                rows.lesson(lessonId, versionId, position, "lesson-" + position, lessonHashes.getLast());
                for (String language : LANGUAGES) {
                    String title = LESSON_WORD.get(language) + " " + position;
                    rows.lessonText(lessonId, language, title, "## " + title + "\n\n" + titles.get(language) + "\n");
                }
            }
            for (int position = 1; position <= QUESTIONS; position++, questionId++) {
                rows.trueFalseQuestion(questionId, versionId, position, position % 2 == 1);
                for (String language : LANGUAGES) rows.questionText(questionId, language, titles.get(language) + " ?", "");
            }
            modules.add(new Module(moduleId, versionId, minutes, topics, Map.copyOf(titles), List.copyOf(lessonHashes)));
        }
        return modules;
    }

    private long enrol(TrainingScaleRepository.Writer rows, LedgerWriter ledger, StaffMember who, Module module,
                       long enrolmentId, long attemptId, Instant from, Instant to, Random random,
                       List<GeneratedCertificates.Achieved> completions) {
        Instant enrolled = GeneratedValues.recentInstant(random, from, to);
        Instant completed = enrolled.plusSeconds(86_400L * (1 + random.nextInt(60)));
        boolean done = random.nextInt(100) < 55 && completed.isBefore(to);
        int lessonsDone = done ? LESSONS : random.nextInt(LESSONS);
        String lastSlug = lessonsDone == 0 ? null : "lesson-" + lessonsDone;
        rows.enrolment(enrolmentId, who.userId(), module.id(), module.versionId(), enrolled, done ? completed : null, lastSlug);
        long step = (completed.getEpochSecond() - enrolled.getEpochSecond()) / (LESSONS + 1);
        for (int position = 1; position <= lessonsDone; position++) {
            rows.lessonDone(enrolmentId, "lesson-" + position, module.lessonHashes().get(position - 1),
                    enrolled.plusSeconds(step * position));
        }
        int attemptNo = 0;
        if (done && random.nextInt(10) < 3) {
            rows.attempt(attemptId++, enrolmentId, module.versionId(), ++attemptNo, completed.minusSeconds(7200), 2,
                    QUESTIONS, false);
        }
        if (done) {
            rows.attempt(attemptId++, enrolmentId, module.versionId(), ++attemptNo, completed.minusSeconds(600),
                    3 + random.nextInt(2), QUESTIONS, true);
        } else if (lessonsDone > 2 && random.nextInt(10) == 0) {
            rows.attempt(attemptId++, enrolmentId, module.versionId(), 1, enrolled.plusSeconds(step * lessonsDone), 1,
                    QUESTIONS, false);
        }
        ledger.add(who.userId(), who.regionId(), ParticipationKind.MODULE_ENROLLED, enrolled, BigDecimal.ZERO,
                "enrolment", enrolmentId, module.topics());
        if (done) {
            BigDecimal hours = BigDecimal.valueOf(module.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            ledger.add(who.userId(), who.regionId(), ParticipationKind.MODULE_COMPLETED, completed, hours, "enrolment",
                    enrolmentId, module.topics());
            String title = module.titles().getOrDefault(who.locale(), module.titles().get("en"));
            completions.add(new GeneratedCertificates.Achieved(who.userId(), who.regionId(), who.name(),
                    CertificateKind.MODULE_COMPLETION, title, hours, completed, who.locale(), "enrolment", enrolmentId,
                    module.topics()));
        }
        return attemptId;
    }
}
