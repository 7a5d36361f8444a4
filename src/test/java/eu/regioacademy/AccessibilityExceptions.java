package eu.regioacademy;

import java.util.List;

/**
 * axe-core findings we cannot fix in our code, each with its reason. Every exception here is
 * also a known limitation in the accessibility statement (i18n keys {@code a11y.limitation.*}).
 */
final class AccessibilityExceptions {

    /** A rule, the part of the target that identifies where it is excused, and why. */
    record Exception(String ruleId, String targetContains, String reason) {
    }

    static final List<Exception> ALL = List.of(
            // Vaadin's <vaadin-tabs> (in TabSheet) carries role=tablist on its host and slots its <vaadin-tab role=tab>
            // children through a scroller <div> in its shadow DOM; axe does not count them as owned tabs. The tabs
            // work with the arrow keys and are announced as tabs; the markup is the component's, not ours.
            // Statement: a11y.limitation.2 (tab bars).
            new Exception("aria-required-children", "vaadin-tabs",
                    "inside Vaadin's tabs component: its shadow DOM structure, not changeable from the application"));

    private AccessibilityExceptions() {
    }

    static boolean excuses(String ruleId, String target) {
        return ALL.stream().anyMatch(e -> e.ruleId().equals(ruleId) && target.contains(e.targetContains()));
    }
}
