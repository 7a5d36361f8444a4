package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.mentoring.LanguageLevel;
import eu.regioacademy.mentoring.MentorProfile;
import eu.regioacademy.mentoring.MentorProfileDraft;
import eu.regioacademy.mentoring.MentorProfileService;
import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.TopicLabels;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A mentor's own profile: expertise, languages with level, capacity, weekly availability, a pause. */
@Route(value = "mentoring/profile", layout = MainLayout.class)
@RolesAllowed(Roles.MENTOR)
public class MentorProfileView extends Main implements HasDynamicTitle {

    private final MentorProfileService profiles;
    private final Map<String, Select<LanguageLevel>> levels = new LinkedHashMap<>();
    private final List<Window> windows = new ArrayList<>();
    private int version = -1;

    private record Window(Select<DayOfWeek> day, TimePicker from, TimePicker until) {
    }

    public MentorProfileView(MentorProfileService profiles) {
        this.profiles = profiles;
        addClassNames("view", "mentor-profile-view");
        MentorProfile current = profiles.mine().orElse(null);
        MentorProfileDraft d = current == null ? new MentorProfileDraft("", 0, 2, false, java.util.Set.of(), Map.of(), List.of())
                : current.draft();
        if (current != null) version = current.version();

        TextArea bio = new TextArea(getTranslation("mentor.bio"));
        bio.setValue(d.bio());
        bio.setMaxLength(2000);
        bio.setWidthFull();
        IntegerField years = new IntegerField(getTranslation("mentor.years"));
        years.setValue(d.yearsExperience());
        years.setMin(0);
        IntegerField capacity = new IntegerField(getTranslation("mentor.capacity"));
        capacity.setValue(d.capacity());
        capacity.setMin(1);
        capacity.setMax(10);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(current == null ? "" : getTranslation("mentor.capacity.now", current.liveMentees()));
        Checkbox paused = new Checkbox(getTranslation("mentor.paused"), d.paused());
        MultiSelectComboBox<String> topics = new MultiSelectComboBox<>(getTranslation("mentoring.topics"));
        topics.setItems(Topics.ALL);
        topics.setItemLabelGenerator(t -> TopicLabels.label(this, t));
        topics.setValue(d.topics());
        Div languages = new Div();
        languages.addClassName("language-levels");
        for (String l : MentoringView.LANGUAGES) {
            Select<LanguageLevel> level = new Select<>();
            level.setLabel(Locale.forLanguageTag(l).getDisplayLanguage(getLocale()));
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption("—");
            level.setItems(LanguageLevel.values());
            level.setItemLabelGenerator(v -> v == null ? "—" : getTranslation("mentor.level." + v.name().toLowerCase()));
            level.setValue(d.languages().get(l));
            levels.put(l, level);
            languages.add(level);
        }
        Div availability = new Div();
        availability.addClassName("availability-rows");
        for (int i = 0; i < 4; i++) {
            MentorProfileDraft.Window w = i < d.availability().size() ? d.availability().get(i) : null;
            Select<DayOfWeek> day = new Select<>();
            day.setLabel(getTranslation("mentor.day"));
            day.setEmptySelectionAllowed(true);
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(x -> x == null ? "—" : x.getDisplayName(TextStyle.FULL, getLocale()));
            TimePicker from = new TimePicker(getTranslation("editor.agenda.from"));
            TimePicker until = new TimePicker(getTranslation("editor.agenda.until"));
            if (w != null) {
                day.setValue(w.day());
                from.setValue(w.from());
                until.setValue(w.until());
            }
            windows.add(new Window(day, from, until));
            availability.add(new Div(day, from, until));
        }
        FieldErrors errors = new FieldErrors(this).bind("bio", bio).bind("yearsExperience", years).bind("capacity", capacity)
                .bind("topics", topics);
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, LanguageLevel> chosen = new LinkedHashMap<>();
            levels.forEach((l, s) -> {
                if (s.getValue() != null) chosen.put(l, s.getValue());
            });
            List<MentorProfileDraft.Window> slots = new ArrayList<>();
            for (Window w : windows) {
                if (w.day().getValue() != null && w.from().getValue() != null && w.until().getValue() != null) {
                    slots.add(new MentorProfileDraft.Window(w.day().getValue(), w.from().getValue(), w.until().getValue()));
                }
            }
            MentorProfileDraft draft = new MentorProfileDraft(bio.getValue(), years.getValue() == null ? -1 : years.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(), paused.getValue(), topics.getValue(), chosen, slots);
            try {
                if (errors.attempt(() -> profiles.saveMine(version, draft))) {
                    Notifications.success(getTranslation("mentor.saved"));
                    getUI().ifPresent(ui -> ui.navigate("mentoring"));
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout facts = new FormLayout(years, capacity, topics, paused);
        add(new H3(getTranslation("mentoring.my-profile")), bio, facts, new H3(getTranslation("mentor.languages")), languages,
                new H3(getTranslation("mentor.availability", Dates.zone().getId())),
                new Paragraph(getTranslation("mentor.availability.help")), availability, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.my-profile") + " · " + getTranslation("app.name");
    }
}
