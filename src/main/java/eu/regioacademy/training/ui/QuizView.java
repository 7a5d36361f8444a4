package eu.regioacademy.training.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.QuizPaper;
import eu.regioacademy.training.QuizResult;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A quiz attempt: the learner answers, the server scores and explains every question. */
@Route(value = "modules/:code/quiz", layout = MainLayout.class)
@PermitAll
public class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final Map<String, HasValue<?, ?>> answerFields = new LinkedHashMap<>();
    private QuizPaper paper;
    private String code = "";

    public QuizView(LearningService learning) {
        this.learning = learning;
        addClassNames("view", "quiz-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        try {
            paper = learning.startQuiz(code, getLocale().getLanguage());
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.errorKeysByField().values().iterator().next()));
            event.forwardTo("modules/" + code);
            return;
        }
        renderPaper();
    }

    private void renderPaper() {
        removeAll();
        answerFields.clear();
        add(new Anchor("modules/" + code, paper.moduleTitle()), new H2(getTranslation("quiz.title")),
                new Paragraph(getTranslation("quiz.intro", paper.attemptNo(), paper.maxAttempts(), paper.passMark())));
        int n = 0;
        for (QuizPaper.Question question : paper.questions()) {
            n++;
            Div box = new Div();
            box.addClassName("quiz-question");
            String label = n + ". " + question.text();
            HasValue<?, ?> field = switch (question.kind()) {
                case SINGLE -> {
                    RadioButtonGroup<QuizPaper.Option> group = new RadioButtonGroup<>(label);
                    group.setItems(question.options());
                    group.setItemLabelGenerator(QuizPaper.Option::text);
                    group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                    yield group;
                }
                case MULTIPLE -> {
                    CheckboxGroup<QuizPaper.Option> group = new CheckboxGroup<>(label);
                    group.setItems(question.options());
                    group.setItemLabelGenerator(QuizPaper.Option::text);
                    group.setHelperText(getTranslation("quiz.multiple-hint"));
                    group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                    yield group;
                }
                case TRUE_FALSE -> {
                    RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                    group.setItems("true", "false");
                    group.setItemLabelGenerator(v -> getTranslation("quiz." + v));
                    yield group;
                }
            };
            ((AbstractField<?, ?>) field).setId("question-" + question.key());
            answerFields.put(question.key(), field);
            box.add((com.vaadin.flow.component.Component) field);
            add(box);
        }
        Button submit = new Button(getTranslation("quiz.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(submit);
    }

    private void submit() {
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        for (QuizPaper.Question question : paper.questions()) {
            Object value = answerFields.get(question.key()).getValue();
            answers.put(question.key(), switch (value) {
                case null -> Set.of();
                case QuizPaper.Option option -> Set.of(option.key());
                case Set<?> options -> Set.copyOf(options.stream().map(o -> ((QuizPaper.Option) o).key()).toList());
                default -> Set.of(value.toString());
            });
        }
        try {
            renderResult(learning.submitQuiz(paper.attemptId(), answers, getLocale().getLanguage()));
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.errorKeysByField().values().iterator().next()));
        }
    }

    private void renderResult(QuizResult result) {
        removeAll();
        Div verdict = new Div(result.passed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create(),
                new H2(getTranslation(result.passed() ? "quiz.passed" : "quiz.failed")),
                new Paragraph(getTranslation("quiz.score", result.scorePercent(), result.correctCount(), result.questionCount())));
        verdict.addClassNames("quiz-verdict", result.passed() ? "completed" : "failed");
        add(verdict);
        if (result.moduleCompleted()) {
            add(new Paragraph(getTranslation("quiz.module-completed")));
        } else if (result.passed()) {
            add(new Paragraph(getTranslation("module.quiz-passed-read-all")));
        } else {
            add(new Paragraph(getTranslation("quiz.attempts-left", result.attemptsLeft())));
        }
        for (QuizResult.Feedback feedback : result.feedback()) {
            Div box = new Div(new H3(feedback.question()),
                    new Span(getTranslation(feedback.correct() ? "quiz.answer.correct" : "quiz.answer.wrong")),
                    new Paragraph(getTranslation("quiz.correct-answer", answerLabel(feedback.correctAnswer()))),
                    new Paragraph(feedback.explanation()));
            box.addClassNames("quiz-feedback", feedback.correct() ? "correct" : "wrong");
            add(box);
        }
        Div actions = new Div();
        actions.addClassName("actions");
        if (!result.passed() && result.attemptsLeft() > 0) {
            Button again = new Button(getTranslation("quiz.try-again"), e -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(again);
        }
        actions.add(new Anchor("modules/" + code, getTranslation("quiz.back-to-module")));
        add(actions);
    }

    private String answerLabel(String correctAnswer) {
        return switch (correctAnswer) {
            case "true", "false" -> getTranslation("quiz." + correctAnswer);
            default -> correctAnswer;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.title") + " · " + getTranslation("app.name");
    }
}
