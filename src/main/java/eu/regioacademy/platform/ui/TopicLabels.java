package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.Component;

/** Topic tags in the reader's language; a tag an author invented without a translation is shown humanised. */
public final class TopicLabels {

    private TopicLabels() {
    }

    public static String label(Component translator, String tag) {
        String translated = translator.getTranslation("topic." + tag);
        if (!translated.startsWith("!")) return translated;
        String words = tag.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
