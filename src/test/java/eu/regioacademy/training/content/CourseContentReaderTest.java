package eu.regioacademy.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.training.content.QuestionContent.QuestionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseContentReaderTest {

    @TempDir
    Path root;

    private final CourseContentReader reader = new CourseContentReader();

    /** A small valid module in English and French; each test breaks one thing. */
    private Path writeModule(String code) throws IOException {
        Path dir = Files.createDirectories(root.resolve(code));
        Files.writeString(dir.resolve("module.yaml"), """
                code: %s
                version: 1
                title: {en: "Title", fr: "Titre"}
                summary: {en: "Summary", fr: "Résumé"}
                topics: [health]
                estimatedMinutes: 20
                languages: [en, fr]
                passMark: 50
                maxAttempts: 2
                prerequisites: []
                awardsCertificate: true
                """.formatted(code));
        Files.writeString(dir.resolve("01-intro.en.md"), "# Intro\n\nHello.\n");
        Files.writeString(dir.resolve("01-intro.fr.md"), "# Introduction\n\nBonjour.\n");
        Files.writeString(dir.resolve("02-more.en.md"), "\n# More\nText\n");
        Files.writeString(dir.resolve("02-more.fr.md"), "# Plus\nTexte\n");
        Files.writeString(dir.resolve("quiz.yaml"), """
                questions:
                  - id: q1
                    type: SINGLE
                    text: {en: "Q", fr: "Q"}
                    explanation: {en: "E", fr: "E"}
                    options:
                      - {id: a, correct: true, text: {en: "A", fr: "A"}}
                      - {id: b, correct: false, text: {en: "B", fr: "B"}}
                  - id: q2
                    type: TRUE_FALSE
                    answer: true
                    text: {en: "T", fr: "V"}
                    explanation: {en: "E", fr: "E"}
                """);
        return dir;
    }

    @BeforeEach
    void writeGoodModule() throws IOException {
        writeModule("good-module");
    }

    @Test
    void a_valid_module_is_read_with_its_texts_lessons_and_quiz() {
        ContentScan scan = reader.read(root, Set.of());
        assertThat(scan.problems()).isEmpty();
        ModuleContent module = scan.modules().getFirst();
        assertThat(module.titles()).containsEntry("fr", "Titre");
        assertThat(module.lessons()).extracting(LessonContent::slug).containsExactly("intro", "more");
        assertThat(module.lessons().get(1).texts().get("en").title()).isEqualTo("More");
        assertThat(module.lessons().get(1).texts().get("en").markdown()).isEqualTo("Text");
        assertThat(module.questions()).extracting(QuestionContent::kind).containsExactly(QuestionKind.SINGLE, QuestionKind.TRUE_FALSE);
        assertThat(module.questions().get(1).answer()).isTrue();
        assertThat(module.contentHash()).hasSize(64);
    }

    @Test
    void changing_one_lesson_changes_its_hash_and_the_modules_but_not_the_other_lessons() throws IOException {
        ModuleContent before = reader.read(root, Set.of()).modules().getFirst();
        Files.writeString(root.resolve("good-module/02-more.en.md"), "# More\nChanged\n");
        ModuleContent after = reader.read(root, Set.of()).modules().getFirst();
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
        assertThat(after.lessons().get(0).contentHash()).isEqualTo(before.lessons().get(0).contentHash());
        assertThat(after.lessons().get(1).contentHash()).isNotEqualTo(before.lessons().get(1).contentHash());
    }

    @Test
    void bad_yaml_is_reported_with_file_and_line_and_the_good_module_still_loads() throws IOException {
        Path broken = writeModule("broken-module");
        Files.writeString(broken.resolve("module.yaml"), "code: broken-module\nversion: 1\ntitle: {en: [oops\n");
        ContentScan scan = reader.read(root, Set.of());
        assertThat(scan.modules()).extracting(ModuleContent::code).containsExactly("good-module");
        assertThat(scan.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken-module/module.yaml");
            assertThat(p.line()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void a_missing_language_file_is_reported() throws IOException {
        Files.delete(root.resolve("good-module/02-more.fr.md"));
        ContentScan scan = reader.read(root, Set.of());
        assertThat(scan.modules()).isEmpty();
        assertThat(scan.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("good-module/02-more.fr.md");
            assertThat(p.message()).contains("missing");
        });
    }

    @Test
    void a_quiz_without_a_correct_answer_is_reported_with_file_and_line() throws IOException {
        Path quiz = root.resolve("good-module/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("{id: a, correct: true", "{id: a, correct: false"));
        ContentScan scan = reader.read(root, Set.of());
        assertThat(scan.modules()).isEmpty();
        assertThat(scan.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("good-module/quiz.yaml");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("no correct answer");
        });
    }

    @Test
    void an_unknown_prerequisite_is_reported_but_one_known_from_the_database_is_fine() throws IOException {
        Path meta = root.resolve("good-module/module.yaml");
        Files.writeString(meta, Files.readString(meta).replace("prerequisites: []", "prerequisites: [earlier-module]"));
        assertThat(reader.read(root, Set.of()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown prerequisite 'earlier-module'"));
        assertThat(reader.read(root, Set.of("earlier-module")).problems()).isEmpty();
    }

    @Test
    void a_code_that_differs_from_the_folder_name_is_reported() throws IOException {
        Path meta = root.resolve("good-module/module.yaml");
        Files.writeString(meta, Files.readString(meta).replace("code: good-module", "code: other-code"));
        assertThat(reader.read(root, Set.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("differs from the folder name");
        });
    }

    @Test
    void a_lesson_without_a_title_and_an_unoffered_language_are_reported() throws IOException {
        Files.writeString(root.resolve("good-module/01-intro.en.md"), "No heading here\n");
        Files.writeString(root.resolve("good-module/01-intro.de.md"), "# Einführung\n");
        assertThat(reader.read(root, Set.of()).problems()).extracting(ContentProblem::message)
                .anySatisfy(m -> assertThat(m).contains("starts with its title"))
                .anySatisfy(m -> assertThat(m).contains("does not offer"));
    }

    // ---- hostile files (issue 10): each is reported as a problem of its module, nothing throws ----

    private void assertOnlyBrokenModuleRefused(String messagePart) {
        ContentScan scan = reader.read(root, Set.of());
        assertThat(scan.modules()).extracting(ModuleContent::code).containsExactly("good-module");
        assertThat(scan.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.moduleCode()).isEqualTo("broken-module"))
                .extracting(ContentProblem::message).anySatisfy(m -> assertThat(m).contains(messagePart));
    }

    @Test
    void an_oversized_lesson_is_refused() throws IOException {
        Path broken = writeModule("broken-module");
        Files.writeString(broken.resolve("01-intro.en.md"), "# Intro\n\n" + "word ".repeat(250_000));
        assertOnlyBrokenModuleRefused("more than the 1048576");
    }

    @Test
    void an_oversized_module_file_is_refused() throws IOException {
        Path broken = writeModule("broken-module");
        Files.writeString(broken.resolve("quiz.yaml"), "# " + "x".repeat(1_100_000) + "\nquestions: []\n");
        assertOnlyBrokenModuleRefused("more than the 1048576");
    }

    @Test
    void random_bytes_instead_of_yaml_are_refused() throws IOException {
        Path broken = writeModule("broken-module");
        Files.write(broken.resolve("module.yaml"), noise(4096, 10));
        assertOnlyBrokenModuleRefused("");
    }

    @Test
    void yaml_with_a_nul_character_is_refused() throws IOException {
        Path broken = writeModule("broken-module");
        Files.writeString(broken.resolve("module.yaml"), "code: broken-module\nversion: 1\u0000\n");
        assertOnlyBrokenModuleRefused("invalid YAML");
    }

    @Test
    void truncated_yaml_is_refused() throws IOException {
        Path broken = writeModule("broken-module");
        String whole = Files.readString(broken.resolve("quiz.yaml"));
        Files.writeString(broken.resolve("quiz.yaml"), whole.substring(0, whole.indexOf("options:") + 30));
        assertOnlyBrokenModuleRefused("");
    }

    @Test
    void a_binary_file_posing_as_a_lesson_is_refused() throws IOException {
        Path broken = writeModule("broken-module");
        Files.write(broken.resolve("02-more.en.md"), noise(2048, 7));
        assertOnlyBrokenModuleRefused("");
    }

    @Test
    void a_lesson_with_control_characters_is_refused() throws IOException {
        Path broken = writeModule("broken-module");
        Files.writeString(broken.resolve("02-more.en.md"), "# More\nRing the bell\u0007 and clear the screen\u001B[2J\n");
        assertOnlyBrokenModuleRefused("control characters");
    }

    /** Random bytes, the same for a seed. */
    private static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }
}
