package eu.regioacademy.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text comes from {@code i18n/messages*.properties}. A key missing in a
 * language falls back to English (the base bundle), never to the server's own locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        Locale effective = locale == null ? Languages.ENGLISH : Languages.fromTag(locale.toLanguageTag());
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_SYSTEM_FALLBACK).getString(key);
            // apostrophes are ordinary letters in our texts (l'Europe), never MessageFormat quotes
            return params.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key {}", key);
            return "!" + key;
        }
    }

    /** Translation outside a UI (e-mails, PDFs, exports). */
    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }
}
