package eu.regioacademy.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The six languages the platform speaks; English is the fallback. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(
            ENGLISH, Locale.FRENCH, Locale.of("es"), Locale.ITALIAN, Locale.of("pt"), Locale.of("sv"));

    private Languages() {
    }

    /** The supported language for a tag such as "fr" or "pt-BR", English when unknown. */
    public static Locale fromTag(String tag) {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(ENGLISH);
    }

    public static boolean isSupported(String tag) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(tag));
    }

    /** "Français", "Svenska": each language named in itself, as a switcher shows it. */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
