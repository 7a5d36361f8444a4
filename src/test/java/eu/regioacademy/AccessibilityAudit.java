package eu.regioacademy;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/** axe-core in the browser tests: serious and critical findings fail, lesser ones are reported. */
final class AccessibilityAudit {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private AccessibilityAudit() {
    }

    static void assertNoSeriousFindings(WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS)
                // in the page itself: the frame mode opens a blank window per check, slow and flaky under load (no iframes here)
                .disableIframeTesting()
                // Vaadin's development tools, present in dev mode only, never in the production build
                .exclude("copilot-main").analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> failures = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                if (!AccessibilityExceptions.excuses(rule.getId(), target)) targets.add(target + " " + abbreviate(node.getHtml()));
            }
            if (targets.isEmpty()) continue;
            String line = rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): " + String.join("; ", targets);
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                failures.add(line);
            } else {
                System.out.println("axe, not failed, " + driver.getCurrentUrl() + ": " + line);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Accessibility findings on " + driver.getCurrentUrl() + ":\n" + String.join("\n", failures));
        }
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? String.valueOf(html) : html.substring(0, 159) + "…";
    }
}
