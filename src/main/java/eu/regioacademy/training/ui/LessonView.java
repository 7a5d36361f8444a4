package eu.regioacademy.training.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.LessonPage;
import jakarta.annotation.security.PermitAll;

/** The lesson player: one lesson, previous and next, and "done" that moves the learner on. */
@Route(value = "modules/:code/lessons/:slug", layout = MainLayout.class)
@PermitAll
public class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private LessonPage lesson;

    public LessonView(LearningService learning) {
        this.learning = learning;
        addClassNames("view", "lesson-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        String slug = event.getRouteParameters().get("slug").orElse("");
        lesson = learning.lesson(code, slug, getLocale().getLanguage()).orElseThrow(NotFoundException::new);
        learning.openLesson(code, slug);
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("modules/" + lesson.moduleCode(), lesson.moduleTitle());
        back.addClassName("breadcrumb");
        Span position = new Span(getTranslation("lesson.position", lesson.position(), lesson.lessonCount()));
        position.addClassName("muted");
        ProgressBar bar = new ProgressBar(0, lesson.lessonCount(), lesson.position());
        bar.getElement().setAttribute("aria-label", position.getText());
        Article body = new Article(new Html("<div class=\"lesson-body\">" + lesson.html() + "</div>"));
        add(back, position, bar, new H2(lesson.title()), body, navigation());
    }

    private Div navigation() {
        Div nav = new Div();
        nav.addClassName("lesson-navigation");
        if (lesson.previousSlug() != null) {
            Button previous = new Button(getTranslation("lesson.previous"), VaadinIcon.ARROW_LEFT.create(),
                    e -> go(lesson.previousSlug()));
            previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
            nav.add(previous);
        }
        Button done = new Button(getTranslation(lesson.nextSlug() != null ? "lesson.done-next" : "lesson.done-finish"),
                VaadinIcon.CHECK.create(), e -> markDone());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        done.setTooltipText(getTranslation("lesson.shortcut"));
        nav.add(done);
        if (lesson.done()) {
            Span already = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("module.lesson-done")));
            already.addClassName("completed");
            nav.add(already);
        }
        return nav;
    }

    private void markDone() {
        boolean completed = learning.markLessonDone(lesson.moduleCode(), lesson.slug());
        if (completed) {
            Notifications.success(getTranslation("module.completed", lesson.moduleTitle()));
            getUI().ifPresent(ui -> ui.navigate("modules/" + lesson.moduleCode()));
        } else if (lesson.nextSlug() != null) {
            go(lesson.nextSlug());
        } else {
            getUI().ifPresent(ui -> ui.navigate("modules/" + lesson.moduleCode()));
        }
    }

    private void go(String slug) {
        getUI().ifPresent(ui -> ui.navigate("modules/" + lesson.moduleCode() + "/lessons/" + slug));
    }

    @Override
    public String getPageTitle() {
        return (lesson == null ? "" : lesson.title() + " · ") + getTranslation("app.name");
    }
}
