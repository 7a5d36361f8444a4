package eu.regioacademy.platform.i18n;

import java.util.Locale;

/** Remembers the language a signed-in user chose; implemented where users are stored. */
public interface LocalePreferenceStore {

    void saveLanguageOfCurrentUser(Locale locale);
}
