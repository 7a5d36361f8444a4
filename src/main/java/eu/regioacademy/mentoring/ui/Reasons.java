package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.Component;
import eu.regioacademy.mentoring.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A match's reasons in plain words, e.g. "both work in Spanish; shares 2 of your 3 topics; Skåne → Murcia". */
final class Reasons {

    private Reasons() {
    }

    static String text(Component translator, Locale locale, List<Reason> reasons) {
        return reasons.stream().map(r -> {
            Object[] params = r.params().toArray();
            if ("match.reason.language".equals(r.key())) {
                params[0] = Arrays.stream(String.valueOf(params[0]).split(","))
                        .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(locale)).collect(Collectors.joining(", "));
            }
            return translator.getTranslation(r.key(), params);
        }).collect(Collectors.joining("; "));
    }
}
