package eu.regioacademy.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SignedInUser;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.training.LearnerStatus;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.MyLearningItem;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The user's home: who they are here and the areas open to them. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", icon = "vaadin:home", order = 0)
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, LearningService learning) {
        addClassName("view");
        SignedInUser user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        String roles = user.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "));
        Paragraph who = new Paragraph(getTranslation("home.who", user.regionName(), roles));
        who.addClassName("home-who");
        add(greeting, who);
        List<MyLearningItem> inProgress = learning.myLearning(getLocale().getLanguage()).stream()
                .filter(i -> i.status() == LearnerStatus.IN_PROGRESS).limit(3).toList();
        if (!inProgress.isEmpty()) {
            Div continuing = new Div(new H3(getTranslation("home.continue")));
            continuing.addClassName("home-section");
            inProgress.forEach(item -> {
                ProgressBar bar = new ProgressBar(0, 100, item.progressPercent());
                bar.getElement().setAttribute("aria-label", getTranslation("learner-status.in-progress-percent",
                        item.progressPercent()));
                Div row = new Div(new Anchor("modules/" + item.code(), item.title()),
                        new Span(getTranslation("learner-status.in-progress-percent", item.progressPercent())), bar);
                row.addClassName("my-learning-item");
                continuing.add(row);
            });
            add(continuing);
        }
        add(new H3(getTranslation("home.areas")), areas());
    }

    /**
     * The cards are static links, so each is one element with its markup inside rather than
     * five components: every open tab keeps each of its components in server memory.
     */
    private Div areas() {
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.path().isEmpty() || entry.path().equals("/")) continue;
            Element card = new Element("a").attr("href", entry.path()).addClass("area-card");
            card.appendElement("vaadin-icon").attr("icon", entry.icon());
            card.appendElement("h3").text(getTranslation(entry.title()));
            card.appendElement("span").text(getTranslation(entry.title() + ".description"));
            cards.add(new Html(card.outerHtml()));
        }
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
