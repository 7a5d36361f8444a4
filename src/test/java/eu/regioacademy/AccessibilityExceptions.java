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

    static final List<Exception> ALL = List.of();

    private AccessibilityExceptions() {
    }

    static boolean excuses(String ruleId, String target) {
        return ALL.stream().anyMatch(e -> e.ruleId().equals(ruleId) && target.contains(e.targetContains()));
    }
}
