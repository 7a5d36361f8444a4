package eu.regioacademy.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.RecordSection;
import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate)\\((?:[a-zA-Z.]+, )?\"([a-z0-9.-]+)\"\\s*[,)]|title = \"([a-z0-9.-]+)\"|super\\(\"([a-z0-9.-]+)\"");

    private static Properties bundle(String suffix) {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s.properties", suffix).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "it", "pt", "sv"})
    void every_english_key_is_translated_and_every_translation_is_a_valid_message(String language) {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);
        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as("keys of messages_%s", language).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            if (text.contains("{0")) {
                assertThat(new TranslationProvider().getTranslation(key, Locale.of(language), 7, 8, 9, 10))
                        .as("%s in %s keeps its placeholders", key, language).contains("7").doesNotContain("{")
                        .doesNotContain("''");
            }
        }
    }

    @Test
    void every_key_the_code_uses_exists_in_english() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) used.add(m.group(g));
                    }
                }
            }
        }
        for (Role role : Role.values()) used.add(role.translationKey());
        for (Commission commission : Commission.values()) used.add(commission.translationKey());
        for (ParticipationKind kind : ParticipationKind.values()) used.add(kind.translationKey());
        for (RecordSection section : RecordSection.values()) used.add(section.translationKey());
        for (eu.regioacademy.platform.audit.AuditAction action : eu.regioacademy.platform.audit.AuditAction.values()) {
            used.add(action.translationKey());
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void a_missing_translation_falls_back_to_english_not_to_the_server_language() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Home");
        assertThat(provider.getTranslation("home.greeting", Locale.FRENCH, "Maëlle")).contains("Maëlle");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}
