package eu.regioacademy.home.ui;

import eu.regioacademy.platform.ui.MarkupText;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuEntry;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SignedInUser;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.MenuEntries;
import eu.regioacademy.training.LearnerStatus;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.MyLearningItem;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The user's home: who they are here and the areas open to them. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", icon = "vaadin:home", order = 0)
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, LearningService learning, MenuEntries menuEntries) {
        addClassName("view");
        SignedInUser user = currentUser.require();
        String roles = user.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "));
        // the whole page is static links and text: one element with its markup inside (texts escaped by
        // jsoup) rather than a component per heading, paragraph, link, label and bar, because every open
        // tab keeps each of its components in server memory (docs/benchmarks.md, "UI under load")
        Element content = new Element("div").addClass("home-content");
        content.appendElement("h2").addClass("home-greeting").text(getTranslation("home.greeting", user.displayName()));
        content.appendElement("p").addClass("home-who").text(getTranslation("home.who", user.regionName(), roles));
        List<MyLearningItem> inProgress = learning.myLearning(getLocale().getLanguage()).stream()
                .filter(i -> i.status() == LearnerStatus.IN_PROGRESS).limit(3).toList();
        if (!inProgress.isEmpty()) continuing(content, inProgress);
        areas(content, menuEntries);
        add(MarkupText.html(content));
    }

    /** What the user is in the middle of: a link, the progress in words and as a bar. */
    private void continuing(Element content, List<MyLearningItem> inProgress) {
        Element section = content.appendElement("div").addClass("home-section");
        section.appendElement("h3").text(getTranslation("home.continue"));
        for (MyLearningItem item : inProgress) {
            String percent = getTranslation("learner-status.in-progress-percent", item.progressPercent());
            Element row = section.appendElement("div").addClass("my-learning-item");
            row.appendElement("a").attr("href", "modules/" + item.code()).text(item.title());
            row.appendElement("span").text(percent);
            row.appendElement("vaadin-progress-bar").attr("min", "0").attr("max", "100")
                    .attr("value", String.valueOf(item.progressPercent())).attr("aria-label", percent);
        }
    }

    /** The area cards under their heading. */
    private void areas(Element content, MenuEntries menuEntries) {
        Element areas = content.appendElement("div").addClass("home-areas");
        areas.appendElement("h3").text(getTranslation("home.areas"));
        Element cards = areas.appendElement("div").addClass("card-grid");
        for (MenuEntry entry : menuEntries.forCurrentUser()) {
            if (entry.path().isEmpty() || entry.path().equals("/")) continue;
            Element card = cards.appendElement("a").attr("href", entry.path()).addClass("area-card");
            card.appendElement("vaadin-icon").attr("icon", entry.icon());
            card.appendElement("h3").text(getTranslation(entry.title()));
            card.appendElement("span").text(getTranslation(entry.title() + ".description"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
