package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.TopicLabels;
import eu.regioacademy.studyvisits.CostEstimate;
import eu.regioacademy.studyvisits.VisitDetails;
import eu.regioacademy.studyvisits.VisitDraft;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The parts of a visit's page that are its public record: facts, agenda, costs, report and materials. */
final class VisitRecordSections {

    private final Component translator;
    private final Locale locale;
    private final VisitDetails visit;

    VisitRecordSections(Component translator, Locale locale, VisitDetails visit) {
        this.translator = translator;
        this.locale = locale;
        this.visit = visit;
    }

    private String t(String key, Object... params) {
        return translator.getTranslation(key, params);
    }

    Component header() {
        Div header = new Div();
        header.addClassName("visit-header");
        Div badges = new Div(StatusBadge.of(visit.status(), t(visit.status().translationKey())),
                new Span(t(visit.kind().translationKey())));
        badges.addClassName("visit-badges");
        header.add(badges, new H2(visit.title()));
        UnorderedList facts = new UnorderedList();
        facts.addClassName("visit-facts");
        facts.add(fact(VaadinIcon.MAP_MARKER, visit.hostRegion() + " · " + visit.city()
                + (visit.venue().isBlank() ? "" : " · " + visit.venue())));
        facts.add(fact(VaadinIcon.CALENDAR, Dates.dayRange(visit.startsOn(), visit.endsOn())
                + " · " + t("visit.days", visit.days())));
        facts.add(fact(VaadinIcon.COMMENTS_O, String.join(", ", visit.workingLanguages().stream()
                .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(locale)).toList())));
        facts.add(fact(VaadinIcon.USERS, t("visit.places", visit.placesTaken(), visit.capacity())
                + (visit.waitlisted() > 0 ? " · " + t("visit.waitlisted", visit.waitlisted()) : "")));
        facts.add(fact(VaadinIcon.CLOCK, t("visit.deadline", Dates.dateTime(visit.applicationDeadline()))));
        header.add(facts);
        if (!visit.themes().isEmpty()) {
            Div themes = new Div();
            themes.addClassName("badges");
            visit.themes().forEach(th -> {
                Span badge = new Span(TopicLabels.label(translator, th));
                badge.getElement().getThemeList().add("badge contrast pill");
                themes.add(badge);
            });
            header.add(themes);
        }
        if (visit.requestedBy() != null) {
            Paragraph requested = new Paragraph(t("visit.requested-by", visit.requestedBy()));
            requested.addClassName("muted");
            header.add(requested);
        }
        if (visit.cancelReason() != null) {
            Paragraph cancelled = new Paragraph(t("visit.cancelled-because", visit.cancelReason()));
            cancelled.addClassName("warning");
            header.add(cancelled);
        }
        Paragraph description = new Paragraph(visit.description());
        description.addClassName("lead");
        header.add(description);
        return header;
    }

    private static ListItem fact(VaadinIcon icon, String text) {
        return new ListItem(icon.create(), new Span(text));
    }

    Component agenda() {
        Section section = new Section(new H3(t("visit.agenda")));
        section.addClassName("visit-agenda");
        if (visit.agenda().isEmpty()) {
            section.add(new Paragraph(t("visit.agenda.empty")));
            return section;
        }
        Paragraph zone = new Paragraph(t("visit.agenda.local-time", visit.timeZone()));
        zone.addClassName("muted");
        section.add(zone);
        Map<LocalDate, List<VisitDraft.AgendaItem>> byDay = visit.agenda().stream()
                .collect(Collectors.groupingBy(VisitDraft.AgendaItem::day, TreeMap::new, Collectors.toList()));
        byDay.forEach((day, items) -> {
            section.add(new H4(Dates.longDay(day)));
            UnorderedList list = new UnorderedList();
            list.addClassName("agenda-items");
            items.forEach(item -> {
                Span time = new Span(Dates.time(item.startsAt()) + "–" + Dates.time(item.endsAt()));
                time.addClassName("agenda-time");
                Span title = new Span(item.title());
                title.addClassName("agenda-title");
                Span who = new Span(String.join(" · ", java.util.stream.Stream.of(item.speaker(), item.place())
                        .filter(s -> !s.isBlank()).toList()));
                who.addClassName("muted");
                list.add(new ListItem(time, title, who));
            });
            section.add(list);
        });
        return section;
    }

    Component costs() {
        Section section = new Section(new H3(t("visit.costs")));
        section.addClassName("visit-costs");
        section.add(new Paragraph(t("visit.costs.allowance", money(visit.dailyAllowance()))));
        if (!visit.travelBands().isEmpty()) {
            UnorderedList bands = new UnorderedList();
            int from = 0;
            for (VisitDraft.TravelBand band : visit.travelBands()) {
                bands.add(new ListItem(t("visit.costs.band", from, band.upToKm(), money(band.amount()))));
                from = band.upToKm() + 1;
            }
            section.add(new Paragraph(t("visit.costs.travel")), bands);
        }
        CostEstimate estimate = visit.estimate();
        if (estimate != null) {
            Div box = new Div();
            box.addClassName("estimate");
            box.add(new Span(t("visit.estimate.allowance", estimate.days(), money(estimate.dailyAllowance()),
                    money(estimate.allowance()))));
            box.add(new Span(estimate.travelAmount() == null ? t("visit.estimate.travel-unknown")
                    : t("visit.estimate.travel", estimate.distanceKm(), money(estimate.travelAmount()))));
            Span total = new Span(t("visit.estimate.total", money(estimate.total())));
            total.addClassName("estimate-total");
            box.add(total);
            Paragraph note = new Paragraph(t("visit.estimate.note"));
            note.addClassName("muted");
            section.add(new H4(t("visit.estimate")), box, note);
        }
        return section;
    }

    private String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    Component record() {
        Section section = new Section(new H3(t("visit.record")));
        section.addClassName("visit-record");
        if (visit.report() != null) {
            section.add(new H4(t("visit.report")), new Paragraph(visit.report()));
        } else {
            section.add(new Paragraph(t("visit.report.none")));
        }
        if (!visit.materials().isEmpty()) {
            UnorderedList list = new UnorderedList();
            visit.materials().forEach(m -> {
                Anchor link = new Anchor(m.url(), m.label(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                list.add(new ListItem(link));
            });
            section.add(new H4(t("visit.materials")), list);
        }
        return section;
    }
}
