package eu.regioacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.training.LearnerStatus;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.ModuleDetails;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** A module's page: what it is, its lessons, prerequisites, and the learner's next step. */
@Route(value = "modules/:code", layout = MainLayout.class)
@PermitAll
public class ModuleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private ModuleDetails module;

    public ModuleView(LearningService learning) {
        this.learning = learning;
        addClassNames("view", "module-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        module = learning.module(code, getLocale().getLanguage()).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Paragraph summary = new Paragraph(module.summary());
        summary.addClassName("lead");
        Span meta = new Span(getTranslation("catalog.minutes", module.estimatedMinutes()) + " · "
                + String.join(", ", module.languages().stream().map(l -> l.toUpperCase(Locale.ROOT)).toList())
                + " · " + getTranslation("module.version", module.versionNo())
                + (module.awardsCertificate() ? " · " + getTranslation("module.awards-certificate") : ""));
        meta.addClassName("muted");
        add(new H2(module.title()), summary, meta, progress(), prerequisites(), lessons(), nextStep());
    }

    private Div progress() {
        Div box = new Div();
        box.addClassName("module-progress");
        if (module.status() == LearnerStatus.COMPLETED) {
            box.add(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("module.completed-on", Dates.date(module.completedAt()))));
            box.addClassName("completed");
        } else if (module.status() == LearnerStatus.IN_PROGRESS) {
            Span label = new Span(getTranslation("learner-status.in-progress-percent", module.progressPercent()));
            ProgressBar bar = new ProgressBar(0, 100, module.progressPercent());
            bar.getElement().setAttribute("aria-label", label.getText());
            box.add(label, bar);
            if (module.attemptsUsed() > 0) {
                box.add(new Span(getTranslation("module.quiz-status", module.attemptsUsed(), module.maxAttempts(),
                        module.bestScore() == null ? 0 : module.bestScore(), module.passMark())));
            }
        }
        return box;
    }

    private Div prerequisites() {
        Div box = new Div();
        if (module.prerequisites().isEmpty()) return box;
        box.add(new H3(getTranslation("module.prerequisites")));
        UnorderedList list = new UnorderedList();
        module.prerequisites().forEach(p -> {
            Anchor link = new Anchor("modules/" + p.code(), p.title());
            ListItem item = new ListItem(p.met() ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create(), link,
                    new Span(" · " + getTranslation(p.met() ? "module.prerequisite.met" : "module.prerequisite.open")));
            list.add(item);
        });
        box.add(list);
        return box;
    }

    private Div lessons() {
        OrderedList list = new OrderedList();
        list.addClassName("lesson-list");
        boolean enrolled = module.status() != LearnerStatus.NOT_STARTED;
        module.lessons().forEach(l -> {
            ListItem item = new ListItem();
            if (enrolled) item.add(new Anchor("modules/" + module.code() + "/lessons/" + l.slug(), l.title()));
            else item.add(new Span(l.title()));
            if (l.done()) {
                var done = VaadinIcon.CHECK.create();
                done.getElement().setAttribute("aria-label", getTranslation("module.lesson-done"));
                done.addClassName("done");
                item.add(done);
            }
            list.add(item);
        });
        return new Div(new H3(getTranslation("module.lessons", module.lessons().size())), list);
    }

    private Div nextStep() {
        Div actions = new Div();
        actions.addClassName("actions");
        switch (module.status()) {
            case NOT_STARTED -> {
                Button enrol = new Button(getTranslation("module.enrol"), e -> enrol());
                enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                if (!module.prerequisitesMet()) {
                    enrol.setEnabled(false);
                    Paragraph reason = new Paragraph(getTranslation("module.enrol.blocked"));
                    reason.addClassName("warning");
                    actions.add(reason);
                }
                actions.add(enrol);
            }
            case IN_PROGRESS -> {
                String slug = module.resumeSlug() != null ? module.resumeSlug() : module.lessons().getFirst().slug();
                Button next = new Button(getTranslation(module.progressPercent() == 0 ? "module.start" : "module.continue"),
                        VaadinIcon.ARROW_RIGHT.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate("modules/" + module.code() + "/lessons/" + slug)));
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(next);
                if (!module.quizPassed() && module.attemptsLeft() > 0) {
                    actions.add(new Button(getTranslation("module.take-quiz"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                            e -> getUI().ifPresent(ui -> ui.navigate("modules/" + module.code() + "/quiz"))));
                } else if (!module.quizPassed()) {
                    actions.add(new Paragraph(getTranslation("module.no-attempts-left")));
                } else {
                    actions.add(new Paragraph(getTranslation("module.quiz-passed-read-all")));
                }
            }
            case COMPLETED -> actions.add(new Anchor("my-learning", getTranslation("module.to-my-learning")));
        }
        return actions;
    }

    private void enrol() {
        try {
            learning.enrol(module.code());
            Notifications.success(getTranslation("module.enrolled", module.title()));
            module = learning.module(module.code(), getLocale().getLanguage()).orElseThrow();
            render();
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.errorKeysByField().values().iterator().next()));
        }
    }

    @Override
    public String getPageTitle() {
        return (module == null ? getTranslation("nav.catalog") : module.title()) + " · " + getTranslation("app.name");
    }
}
