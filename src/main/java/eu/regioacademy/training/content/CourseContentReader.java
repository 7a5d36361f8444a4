package eu.regioacademy.training.content;

import eu.regioacademy.platform.TextRules;
import eu.regioacademy.training.content.LessonContent.LessonText;
import eu.regioacademy.training.content.QuestionContent.OptionContent;
import eu.regioacademy.training.content.QuestionContent.QuestionKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code course-content/}: one folder per module with {@code module.yaml}, lessons as
 * {@code NN-slug.<lang>.md} and {@code quiz.yaml}. Strict: every problem is reported with its
 * file and line, and a module with any problem is left out; the others still load.
 */
public final class CourseContentReader {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "it", "pt", "sv");
    /** A lesson or a YAML file beyond this is a mistake (a pasted binary, a runaway export), never content. */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.([a-z]{2})\\.md");
    private static final Set<String> MODULE_KEYS = Set.of("code", "version", "title", "summary", "topics",
            "estimatedMinutes", "languages", "passMark", "maxAttempts", "prerequisites", "awardsCertificate");

    public ContentScan read(Path root, Set<String> knownCodes) {
        List<Path> folders;
        try (Stream<Path> entries = Files.list(root)) {
            folders = entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> codesHere = new HashSet<>(knownCodes);
        folders.forEach(f -> codesHere.add(f.getFileName().toString()));
        List<ModuleContent> modules = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (Path folder : folders) {
            ModuleReader reader = new ModuleReader(root, folder, codesHere);
            ModuleContent module = reader.read();
            if (reader.problems.isEmpty() && module != null) modules.add(module);
            problems.addAll(reader.problems);
        }
        return new ContentScan(modules, problems);
    }

    /** Reads one module folder, collecting its problems. */
    private static final class ModuleReader {

        private final Path root;
        private final Path folder;
        private final String code;
        private final Set<String> validCodes;
        final List<ContentProblem> problems = new ArrayList<>();
        private String file = "";

        ModuleReader(Path root, Path folder, Set<String> validCodes) {
            this.root = root;
            this.folder = folder;
            this.code = folder.getFileName().toString();
            this.validCodes = validCodes;
        }

        @Nullable ModuleContent read() {
            if (!CODE.matcher(code).matches()) problem(0, "folder name is not a valid module code (a-z, 0-9, hyphens)");
            MappingNode meta = load("module.yaml");
            MappingNode quiz = load("quiz.yaml");
            if (meta == null) return null;
            file = "module.yaml";
            for (NodeTuple t : meta.getValue()) {
                String key = scalar(t.getKeyNode());
                if (!MODULE_KEYS.contains(key)) problem(t.getKeyNode(), "unknown key '" + key + "'");
            }
            String declaredCode = text(meta, "code");
            if (declaredCode != null && !declaredCode.equals(code)) {
                problem(find(meta, "code"), "code '" + declaredCode + "' differs from the folder name '" + code + "'");
            }
            int version = integer(meta, "version", 1, 1_000_000);
            List<String> languages = list(meta, "languages", true);
            languages.stream().filter(l -> !LANGUAGES.contains(l)).forEach(l ->
                    problem(find(meta, "languages"), "unsupported language '" + l + "' (use en, fr, es, it, pt, sv)"));
            Map<String, String> titles = texts(meta, "title", languages);
            Map<String, String> summaries = texts(meta, "summary", languages);
            List<String> topics = list(meta, "topics", true);
            topics.stream().filter(t -> !TAG.matcher(t).matches()).forEach(t ->
                    problem(find(meta, "topics"), "topic '" + t + "' is not a lowercase-hyphenated tag"));
            int minutes = integer(meta, "estimatedMinutes", 1, 10_000);
            int passMark = integer(meta, "passMark", 1, 100);
            int maxAttempts = integer(meta, "maxAttempts", 1, 20);
            List<String> prerequisites = list(meta, "prerequisites", false);
            for (String p : prerequisites) {
                if (p.equals(code)) problem(find(meta, "prerequisites"), "a module cannot require itself");
                else if (!validCodes.contains(p)) problem(find(meta, "prerequisites"), "unknown prerequisite '" + p + "'");
            }
            Boolean certificate = bool(meta, "awardsCertificate");
            List<LessonContent> lessons = lessons(languages);
            List<QuestionContent> questions = quiz == null ? List.of() : questions(quiz, languages);
            if (!problems.isEmpty()) return null;
            return new ModuleContent(code, version, titles, summaries, topics, minutes, languages, passMark, maxAttempts,
                    prerequisites, Boolean.TRUE.equals(certificate), lessons, questions, hashOf(allFiles()));
        }

        // ---- lessons ----

        private List<LessonContent> lessons(List<String> languages) {
            record Part(int position, String slug, String language, Path path) {
            }
            List<Part> parts = new ArrayList<>();
            for (Path path : allFiles()) {
                String name = path.getFileName().toString();
                if (!name.endsWith(".md")) continue;
                file = name;
                Matcher m = LESSON_FILE.matcher(name);
                if (!m.matches()) {
                    problem(0, "lesson files are named NN-slug.<language>.md");
                    continue;
                }
                if (!languages.contains(m.group(3))) {
                    problem(0, "lesson in language '" + m.group(3) + "', which the module does not offer");
                    continue;
                }
                parts.add(new Part(Integer.parseInt(m.group(1)), m.group(2), m.group(3), path));
            }
            TreeMap<Integer, List<Part>> byPosition = new TreeMap<>();
            parts.forEach(p -> byPosition.computeIfAbsent(p.position(), k -> new ArrayList<>()).add(p));
            List<LessonContent> lessons = new ArrayList<>();
            Set<String> slugs = new HashSet<>();
            int expected = 1;
            if (byPosition.isEmpty()) {
                file = "";
                problem(0, "the module has no lessons");
            }
            for (var entry : byPosition.entrySet()) {
                List<Part> group = entry.getValue();
                String slug = group.getFirst().slug();
                file = group.getFirst().path().getFileName().toString();
                if (entry.getKey() != expected) problem(0, "lesson numbers must run 01, 02, … without gaps; expected "
                        + String.format("%02d", expected));
                expected = entry.getKey() + 1;
                if (group.stream().anyMatch(p -> !p.slug().equals(slug))) problem(0, "lesson " + entry.getKey()
                        + " has different slugs in different languages");
                if (!slugs.add(slug)) problem(0, "the slug '" + slug + "' is used twice");
                Map<String, LessonText> texts = new LinkedHashMap<>();
                for (String language : languages) {
                    Part part = group.stream().filter(p -> p.language().equals(language)).findFirst().orElse(null);
                    if (part == null) {
                        file = String.format("%02d-%s.%s.md", entry.getKey(), slug, language);
                        problem(0, "missing lesson file for language '" + language + "'");
                        continue;
                    }
                    file = part.path().getFileName().toString();
                    LessonText text = lessonText(part.path());
                    if (text != null) texts.put(language, text);
                }
                lessons.add(new LessonContent(entry.getKey(), slug, texts,
                        hashOf(group.stream().map(Part::path).sorted().toList())));
            }
            return lessons;
        }

        private @Nullable LessonText lessonText(Path path) {
            List<String> lines;
            try {
                if (tooLarge(path)) return null;
                lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problem(0, "cannot be read as UTF-8 text");
                return null;
            }
            if (lines.stream().anyMatch(TextRules::hasForbiddenCharacters)) {
                problem(0, "contains control characters or a broken character (is it a text file?)");
                return null;
            }
            int i = 0;
            while (i < lines.size() && lines.get(i).isBlank()) i++;
            if (i == lines.size() || !lines.get(i).startsWith("# ") || lines.get(i).substring(2).isBlank()) {
                problem(i + 1, "a lesson starts with its title as '# Title'");
                return null;
            }
            String title = lines.get(i).substring(2).strip();
            String body = String.join("\n", lines.subList(i + 1, lines.size())).strip();
            return new LessonText(title, body);
        }

        // ---- quiz ----

        private List<QuestionContent> questions(MappingNode quiz, List<String> languages) {
            file = "quiz.yaml";
            Node list = find(quiz, "questions");
            if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                problem(list == null ? quiz : list, "a quiz needs a 'questions' list with at least one question");
                return List.of();
            }
            List<QuestionContent> questions = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Node node : sequence.getValue()) {
                if (!(node instanceof MappingNode q)) {
                    problem(node, "a question is a mapping with id, type, text, explanation");
                    continue;
                }
                String id = text(q, "id");
                if (id != null && !keys.add(id)) problem(find(q, "id"), "question id '" + id + "' is used twice");
                String type = text(q, "type");
                QuestionKind kind = null;
                try {
                    if (type != null) kind = QuestionKind.valueOf(type);
                } catch (IllegalArgumentException e) {
                    problem(find(q, "type"), "type must be SINGLE, MULTIPLE or TRUE_FALSE");
                }
                Map<String, String> texts = texts(q, "text", languages);
                Map<String, String> explanations = texts(q, "explanation", languages);
                if (id == null || kind == null) continue;
                if (kind == QuestionKind.TRUE_FALSE) {
                    if (find(q, "options") != null) problem(find(q, "options"), "a TRUE_FALSE question has no options");
                    Boolean answer = bool(q, "answer");
                    questions.add(new QuestionContent(id, kind, texts, explanations, List.of(), answer));
                } else {
                    List<OptionContent> options = options(q, kind, languages);
                    questions.add(new QuestionContent(id, kind, texts, explanations, options, null));
                }
            }
            return questions;
        }

        private List<OptionContent> options(MappingNode question, QuestionKind kind, List<String> languages) {
            Node node = find(question, "options");
            if (!(node instanceof SequenceNode sequence)) {
                problem(question, "a " + kind + " question needs a list of options");
                return List.of();
            }
            List<OptionContent> options = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof MappingNode o)) {
                    problem(item, "an option is a mapping with id, correct and text");
                    continue;
                }
                String id = text(o, "id");
                if (id != null && !keys.add(id)) problem(find(o, "id"), "option id '" + id + "' is used twice");
                Boolean correct = bool(o, "correct");
                Map<String, String> texts = texts(o, "text", languages);
                if (id != null && correct != null) options.add(new OptionContent(id, correct, texts));
            }
            long correctCount = options.stream().filter(OptionContent::correct).count();
            int minimum = kind == QuestionKind.SINGLE ? 2 : 3;
            if (sequence.getValue().size() < minimum) problem(node, "a " + kind + " question needs at least " + minimum + " options");
            if (kind == QuestionKind.SINGLE && correctCount != 1) {
                problem(node, correctCount == 0 ? "the question has no correct answer" : "a SINGLE question has exactly one correct option");
            }
            if (kind == QuestionKind.MULTIPLE && correctCount == 0) problem(node, "the question has no correct answer");
            return options;
        }

        // ---- YAML helpers ----

        private @Nullable MappingNode load(String name) {
            Path path = folder.resolve(name);
            file = name;
            if (!Files.isRegularFile(path)) {
                problem(0, "missing file");
                return null;
            }
            try {
                if (tooLarge(path)) return null;
            } catch (IOException e) {
                problem(0, "cannot be read");
                return null;
            }
            try (var in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(in);
                if (node instanceof MappingNode mapping) return mapping;
                problem(node == null ? 1 : node.getStartMark().getLine() + 1, "expected a mapping of keys and values");
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
                problem(line, "invalid YAML: " + e.getProblem());
            } catch (YAMLException e) {
                // not marked: unreadable characters (a NUL, a binary file)
                problem(0, "invalid YAML: " + e.getMessage());
            } catch (IOException e) {
                problem(0, "cannot be read as UTF-8 text");
            }
            return null;
        }

        private boolean tooLarge(Path path) throws IOException {
            long size = Files.size(path);
            if (size <= MAX_FILE_BYTES) return false;
            problem(0, "the file has " + size + " bytes, more than the " + MAX_FILE_BYTES + " a content file may have");
            return true;
        }

        private static @Nullable Node find(MappingNode map, String key) {
            for (NodeTuple t : map.getValue()) {
                if (key.equals(scalar(t.getKeyNode()))) return t.getValueNode();
            }
            return null;
        }

        private static @Nullable String scalar(@Nullable Node node) {
            return node instanceof ScalarNode s ? s.getValue() : null;
        }

        private @Nullable String text(MappingNode map, String key) {
            Node node = find(map, key);
            String value = scalar(node);
            if (value == null || value.isBlank()) {
                problem(node == null ? map : node, "'" + key + "' is missing or empty");
                return null;
            }
            return value.strip();
        }

        private int integer(MappingNode map, String key, int min, int max) {
            String value = text(map, key);
            if (value == null) return min;
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) problem(find(map, key), "'" + key + "' must be between " + min + " and " + max);
                return n;
            } catch (NumberFormatException e) {
                problem(find(map, key), "'" + key + "' must be a whole number");
                return min;
            }
        }

        private @Nullable Boolean bool(MappingNode map, String key) {
            String value = text(map, key);
            if (value == null) return null;
            if (!value.equals("true") && !value.equals("false")) {
                problem(find(map, key), "'" + key + "' must be true or false");
                return null;
            }
            return Boolean.valueOf(value);
        }

        private List<String> list(MappingNode map, String key, boolean required) {
            Node node = find(map, key);
            if (node == null && !required) return List.of();
            if (!(node instanceof SequenceNode sequence) || (required && sequence.getValue().isEmpty())) {
                problem(node == null ? map : node, "'" + key + "' must be a " + (required ? "non-empty " : "") + "list");
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String value = scalar(item);
                if (value == null || value.isBlank()) problem(item, "'" + key + "' contains an empty or nested entry");
                else values.add(value.strip());
            }
            return values;
        }

        /** A map of language → text with a non-blank text for every offered language. */
        private Map<String, String> texts(MappingNode map, String key, List<String> languages) {
            Node node = find(map, key);
            if (!(node instanceof MappingNode texts)) {
                problem(node == null ? map : node, "'" + key + "' must map each language to a text");
                return Map.of();
            }
            Map<String, String> result = new LinkedHashMap<>();
            for (String language : languages) {
                String value = scalar(find(texts, language));
                if (value == null || value.isBlank()) problem(node, "'" + key + "' has no text in '" + language + "'");
                else result.put(language, value.strip());
            }
            return result;
        }

        // ---- files, hashes, problems ----

        private List<Path> allFiles() {
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String hashOf(List<Path> files) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (Path path : files) {
                    digest.update(folder.relativize(path).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(path));
                    digest.update((byte) 0);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private void problem(Node node, String message) {
            problem(node.getStartMark().getLine() + 1, message);
        }

        private void problem(int line, String message) {
            String relative = root.relativize(folder).toString().replace('\\', '/') + (file.isEmpty() ? "" : "/" + file);
            problems.add(new ContentProblem(code, relative, line, message));
        }
    }
}
