package eu.regioacademy.platform.fuzz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.provider.HasListDataView;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.InternalServerError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Drives one form the way a hostile user would: finds its fields through Karibu, fills every
 * text, number and date field with a {@link HostileValue} (choices get their first option,
 * fields named in {@code plain} a valid value of the test's choosing), submits, and tells what
 * happened. An exception out of the click is the browser's "500" and fails at once.
 */
public final class FormFuzzer {

    /** What the form did with the values. */
    public enum Outcome { REFUSED, SAVED }

    /** The fields filled: label to the text typed (texts only, for the read-back). */
    public record Filled(Map<String, String> texts, int numbers, int dates, List<String> labels) {
    }

    /** A plain value meaning: leave what the form put there. */
    public static final Object KEPT = new Object();

    private FormFuzzer() {
    }

    /** The input fields inside a component (visible ones, not the parts of a composite field). */
    public static List<HasValue<?, ?>> fieldsIn(Component scope) {
        List<HasValue<?, ?>> fields = new ArrayList<>();
        for (Component c : _find(scope, Component.class)) {
            if (c instanceof HasValue<?, ?> field && !(c instanceof Checkbox) && !insideAnotherField(c, scope)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static boolean insideAnotherField(Component c, Component scope) {
        Optional<Component> parent = c.getParent();
        while (parent.isPresent() && parent.get() != scope) {
            if (parent.get() instanceof HasValue<?, ?>) return true;
            parent = parent.get().getParent();
        }
        return false;
    }

    /** The form around a submit button: its closest ancestor holding input fields. */
    public static Component formAround(Button submit) {
        Component current = submit;
        while (current.getParent().isPresent()) {
            current = current.getParent().get();
            if (!fieldsIn(current).isEmpty()) return current;
        }
        throw new AssertionError("No input field around the button " + submit.getText());
    }

    public static String labelOf(HasValue<?, ?> field) {
        Component c = (Component) field;
        String label = c instanceof HasLabel l ? l.getLabel() : null;
        if (label == null || label.isBlank()) label = c.getElement().getAttribute("aria-label");
        if (label == null || label.isBlank()) label = c.getElement().getProperty("placeholder");
        if (label == null || label.isBlank()) label = c.getClass().getSimpleName();
        return label;
    }

    /**
     * Fills the editable fields in the scope.
     *
     * @param plain values for fields (by label) that must hold something valid, e.g. an e-mail
     *              address that has to be unique; a {@link Function} gets the hostile value
     */
    public static Filled fill(Component scope, HostileValue value, Map<String, Object> plain) {
        return fill(scope, value, plain, -1);
    }

    /**
     * Fills the editable fields in the scope, the hostile text going into one text field only.
     *
     * @param onlyText the index (among the text fields filled, from 0) of the one text field that
     *                 gets the hostile text, the others a plain valid text; -1: all of them, so
     *                 another field's refusal cannot keep a hostile text from reaching the save
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Filled fill(Component scope, HostileValue value, Map<String, Object> plain, int onlyText) {
        Map<String, String> texts = new LinkedHashMap<>();
        int textIndex = 0;
        List<String> labels = new ArrayList<>();
        int numbers = 0;
        int dates = 0;
        int index = 0;
        LocalDate soon = LocalDate.now().plusDays(30);
        for (HasValue field : fieldsIn(scope)) {
            index++;
            Component c = (Component) field;
            if (field.isReadOnly() || (c instanceof HasEnabled e && !e.isEnabled())) continue;
            String label = labelOf(field);
            labels.add(label);
            if (plain.containsKey(label)) {
                Object v = plain.get(label);
                Object chosen = v instanceof Function f ? f.apply(value) : v;
                if (chosen != KEPT) field.setValue(chosen);
                continue;
            }
            // one text at a time: the other fields keep the valid values the form (or the test) put there
            if (onlyText >= 0 && !field.isEmpty() && (c instanceof IntegerField || c instanceof NumberField
                    || c instanceof BigDecimalField)) continue;
            switch (c) {
                case TextFieldBase<?, ?> t when t.getValue() instanceof String -> {
                    boolean hostile = onlyText < 0 || onlyText == textIndex++;
                    String text = value.text() != null && hostile ? value.text() : HostileValue.PLAIN_TEXT;
                    field.setValue(text);
                    if (hostile) texts.put(label, text);
                }
                case IntegerField f -> {
                    numbers++;
                    // the plain value honours the field's step (from its minimum), or the field is invalid for that alone
                    int step = Math.max(1, (int) f.getStep());
                    int min = f.getMin() > 0 ? (int) f.getMin() : 0;
                    int valid = step > 1 ? min + step : Math.max(min, 2);
                    f.setValue(value.number() == null ? Integer.valueOf(valid)
                            : Integer.valueOf(value.number().max(BigDecimal.valueOf(Integer.MIN_VALUE))
                                    .min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue()));
                }
                case NumberField f -> {
                    numbers++;
                    f.setValue(value.number() == null ? 2.0 : value.number().doubleValue());
                }
                case BigDecimalField f -> {
                    numbers++;
                    f.setValue(value.number() == null ? BigDecimal.TWO : value.number());
                }
                case DatePicker d -> {
                    dates++;
                    if (value.date() != null) d.setValue(value.date());
                    else if (d.isEmpty()) d.setValue(soon.plusDays(index));
                }
                case DateTimePicker d -> {
                    dates++;
                    if (value.date() != null) d.setValue(value.date().atTime(10, 0));
                    else if (d.isEmpty()) d.setValue(soon.plusDays(index).atTime(10, 0));
                }
                case TimePicker t -> {
                    if (t.isEmpty()) t.setValue(LocalTime.of(9, 0).plusHours(index % 8));
                }
                case MultiSelectComboBox m -> {
                    if (m.isEmpty()) first(m).ifPresent(item -> m.setValue(Set.of(item)));
                }
                case CheckboxGroup g -> {
                    if (g.isEmpty()) first(g).ifPresent(item -> g.setValue(Set.of(item)));
                }
                case ComboBox<?> box -> {
                    if (box.isEmpty()) first(box).ifPresent(field::setValue);
                }
                case Select<?> select -> {
                    if (select.isEmpty()) first(select).ifPresent(field::setValue);
                }
                case RadioButtonGroup<?> group -> {
                    if (group.isEmpty()) first(group).ifPresent(field::setValue);
                }
                default -> { }
            }
        }
        return new Filled(texts, numbers, dates, labels);
    }

    private static Optional<Object> first(Object listed) {
        try {
            return ((HasListDataView<?, ?>) listed).getListDataView().getItems().map(Object.class::cast).findFirst();
        } catch (RuntimeException notAList) {
            return Optional.empty();
        }
    }

    /**
     * Clicks submit and tells whether the form refused (a field marked invalid, an error
     * message) or went through. An exception escaping the click fails the test, as does the
     * app's "something went wrong" message or its error view.
     */
    public static Outcome submit(Button submit, Component form, String unexpectedErrorText) {
        NotificationsKt.clearNotifications();
        try {
            com.github.mvysny.kaributesting.v10.LocatorJ._click(submit);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("The form crashed (a 500 in the browser): " + e, e);
        }
        List<String> messages = errorMessages();
        assertThat(messages).as("the app's message for an unexpected error").doesNotContain(unexpectedErrorText);
        assertNoErrorView();
        boolean invalidField = fieldsIn(form).stream()
                .anyMatch(f -> f instanceof HasValidation v && v.isInvalid());
        return invalidField || !messages.isEmpty() ? Outcome.REFUSED : Outcome.SAVED;
    }

    /** Labels and messages of the fields marked invalid, to tell in the log why a form refused. */
    public static List<String> invalidFields(Component form) {
        return fieldsIn(form).stream().filter(f -> f instanceof HasValidation v && v.isInvalid())
                .map(f -> labelOf(f) + ": " + ((HasValidation) f).getErrorMessage()).toList();
    }

    /** Texts of the error notifications now open. */
    public static List<String> errorMessages() {
        return NotificationsKt.getNotifications().stream()
                .filter(n -> n.getThemeNames().contains("error"))
                .map(FormFuzzer::textOf).toList();
    }

    private static String textOf(Notification n) {
        String text = n.getElement().getProperty("text");
        return text != null ? text : n.getElement().getText();
    }

    public static void assertNoErrorView() {
        UI ui = UI.getCurrent();
        assertThat(ui.getInternals().getActiveRouterTargetsChain())
                .as("the router's targets").noneMatch(t -> t instanceof InternalServerError);
    }

    /**
     * No stored markup can run: every piece of HTML the UI sends as markup (Html components,
     * innerHTML properties) holds the hostile script only escaped.
     */
    public static void assertNoLiveScript() {
        walk(UI.getCurrent().getElement()).forEach(element -> {
            String markup = element.getComponent().filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml())
                    .orElseGet(() -> element.getProperty("innerHTML"));
            if (markup != null) {
                assertThat(markup).as("markup of " + element.getTag()).doesNotContain("<script>alert(")
                        .doesNotContain("onerror=alert(");
            }
        });
    }

    private static Stream<Element> walk(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(FormFuzzer::walk));
    }

    /** For messages: the component's own text, to name what was found. */
    public static String describe(@Nullable HasElement c) {
        return c == null ? "-" : c.getElement().getTag();
    }
}
