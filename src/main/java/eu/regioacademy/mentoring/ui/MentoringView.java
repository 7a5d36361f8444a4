package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.mentoring.CalendarFeedService;
import eu.regioacademy.mentoring.Cycle;
import eu.regioacademy.mentoring.MentoringCycleService;
import eu.regioacademy.mentoring.MyRequest;
import eu.regioacademy.mentoring.PairingService;
import eu.regioacademy.mentoring.PairingSummary;
import eu.regioacademy.mentoring.RequestDraft;
import eu.regioacademy.mentoring.Suggestion;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.EmptyState;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.TopicLabels;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** Mentoring for everyone: one's pairings, asking for a mentor, explained suggestions, the calendar feed. */
@Route(value = "mentoring", layout = MainLayout.class)
@Menu(title = "nav.mentoring", icon = "vaadin:handshake", order = 5)
@PermitAll
public class MentoringView extends Main implements HasDynamicTitle {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "it", "pt", "sv", "de", "nl", "el", "pl", "ca", "eu", "gl");

    private final MentoringCycleService cycles;
    private final PairingService pairings;
    private final CalendarFeedService feeds;
    private final CurrentUser currentUser;

    public MentoringView(MentoringCycleService cycles, PairingService pairings, CalendarFeedService feeds,
                         CurrentUser currentUser) {
        this.cycles = cycles;
        this.pairings = pairings;
        this.feeds = feeds;
        this.currentUser = currentUser;
        addClassNames("view", "mentoring-view");
        render();
    }

    private void render() {
        removeAll();
        add(links(), myPairings(), requests(), calendarFeed());
    }

    private Div links() {
        Div links = new Div();
        links.addClassName("view-actions");
        if (currentUser.has(Role.MENTOR)) links.add(new Anchor("mentoring/profile", getTranslation("mentoring.my-profile")));
        if (currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARIAT)) {
            links.add(new Anchor("mentoring/overview", getTranslation("mentoring.overview")));
        }
        if (currentUser.has(Role.SECRETARIAT)) links.add(new Anchor("mentoring/cycles", getTranslation("mentoring.cycles")));
        return links;
    }

    private Section myPairings() {
        Section section = new Section(new H3(getTranslation("mentoring.my-pairings")));
        section.addClassName("my-pairings");
        List<PairingSummary> mine = pairings.mine();
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("mentoring.no-pairings")));
            return section;
        }
        long me = currentUser.require().id();
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (PairingSummary p : mine) {
            boolean iMentor = p.mentorId() == me;
            Anchor card = new Anchor("mentoring/pairings/" + p.id());
            card.addClassName("area-card");
            card.add(new H4(getTranslation(iMentor ? "mentoring.mentee-of-mine" : "mentoring.mentor-of-mine",
                    iMentor ? p.menteeName() : p.mentorName())));
            card.add(new Span((iMentor ? p.menteeRegion() : p.mentorRegion()) + " · " + getTranslation(p.status().translationKey())
                    + (p.quiet() ? " · " + getTranslation("mentoring.quiet") : "")));
            card.add(new Span(p.nextSessionAt() == null ? getTranslation("mentoring.no-next-session")
                    : getTranslation("mentoring.next-session", Dates.dateTime(p.nextSessionAt()))));
            ProgressBar progress = new ProgressBar(0, 100, p.goalProgress());
            progress.getElement().setAttribute("aria-label", getTranslation("mentoring.goal-progress", p.goalProgress()));
            card.add(new Span(getTranslation("mentoring.goal-progress", p.goalProgress())), progress);
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    private Section requests() {
        Section section = new Section(new H3(getTranslation("mentoring.find-mentor")));
        section.addClassName("mentoring-requests");
        List<MyRequest> mine = cycles.myRequests();
        for (MyRequest request : mine) {
            section.add(new H4(request.cycleName()), new Paragraph(request.goals()));
            if (request.open()) section.add(suggestions(request));
            else section.add(new Paragraph(getTranslation("mentoring.request-matched")));
        }
        List<Cycle> open = cycles.cycles().stream().filter(Cycle::open)
                .filter(c -> mine.stream().noneMatch(r -> r.cycleId() == c.id())).toList();
        if (!open.isEmpty()) section.add(requestForm(open));
        else if (mine.isEmpty()) section.add(new EmptyState(VaadinIcon.HANDSHAKE, getTranslation("mentoring.no-cycle.title"),
                getTranslation("mentoring.no-cycle.text")));
        return section;
    }

    private Div suggestions(MyRequest request) {
        Div list = new Div();
        list.addClassName("suggestions");
        List<Suggestion> suggestions = cycles.suggestions(request.id());
        if (suggestions.isEmpty()) {
            list.add(new Paragraph(getTranslation("mentoring.no-suggestions")));
            return list;
        }
        list.add(new Paragraph(getTranslation("mentoring.suggestions-intro")));
        for (Suggestion s : suggestions) {
            Div card = new Div(new H4(s.mentorName() + " · " + s.mentorRegion()),
                    new Paragraph(s.bio()),
                    new Paragraph(getTranslation("mentoring.score", s.score()) + " — " + Reasons.text(this, getLocale(), s.reasons())));
            Button choose = new Button(getTranslation("mentoring.choose", s.mentorName()), VaadinIcon.HANDSHAKE.create(),
                    e -> Attempt.run(this, () -> cycles.chooseMentor(request.id(), s.mentorId()), "mentoring.chosen", this::render));
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(choose);
            card.addClassName("suggestion");
            list.add(card);
        }
        return list;
    }

    private Div requestForm(List<Cycle> open) {
        Select<Cycle> cycle = new Select<>();
        cycle.setLabel(getTranslation("mentoring.cycle"));
        cycle.setItems(open);
        cycle.setItemLabelGenerator(Cycle::name);
        cycle.setValue(open.getFirst());
        TextArea goals = new TextArea(getTranslation("mentoring.goals"));
        goals.setHelperText(getTranslation("mentoring.goals.help"));
        goals.setMaxLength(4000);
        goals.setWidthFull();
        MultiSelectComboBox<String> topics = new MultiSelectComboBox<>(getTranslation("mentoring.topics"));
        topics.setItems(Topics.ALL);
        topics.setItemLabelGenerator(t -> TopicLabels.label(this, t));
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(getTranslation("mentoring.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(getLocale()));
        languages.select(getLocale().getLanguage());
        Checkbox otherRegion = new Checkbox(getTranslation("mentoring.other-region"), true);
        Checkbox otherCountry = new Checkbox(getTranslation("mentoring.other-country"));
        FieldErrors errors = new FieldErrors(this).bind("goals", goals).bind("languages", languages).bind("topics", topics);
        Button send = new Button(getTranslation("mentoring.ask"), e -> {
            if (errors.attempt(() -> cycles.request(new RequestDraft(cycle.getValue().id(), goals.getValue(),
                    topics.getValue(), List.copyOf(languages.getValue()), otherRegion.getValue(), otherCountry.getValue())))) {
                Notifications.success(getTranslation("mentoring.asked"));
                render();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H4(getTranslation("mentoring.ask-title")), cycle, goals, topics, languages, otherRegion,
                otherCountry, send);
        form.addClassName("request-form");
        return form;
    }

    private Component calendarFeed() {
        Section section = new Section(new H3(getTranslation("mentoring.feed")));
        section.addClassName("calendar-feed");
        section.add(new Paragraph(getTranslation("mentoring.feed.intro")));
        feeds.myToken().ifPresentOrElse(token -> {
            Span url = new Span(feeds.feedUrl(token));
            url.addClassName("feed-url");
            Button renew = new Button(getTranslation("mentoring.feed.renew"), e -> {
                feeds.newToken();
                render();
            });
            Button revoke = new Button(getTranslation("mentoring.feed.revoke"), e -> {
                feeds.revoke();
                Notifications.success(getTranslation("mentoring.feed.revoked"));
                render();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            section.add(url, new Div(renew, revoke));
        }, () -> section.add(new Button(getTranslation("mentoring.feed.create"), VaadinIcon.CALENDAR.create(), e -> {
            feeds.newToken();
            render();
        })));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mentoring") + " · " + getTranslation("app.name");
    }
}
