package eu.regioacademy.participation.ui;

import eu.regioacademy.platform.ui.MarkupText;
import com.vaadin.flow.component.html.Div;
import eu.regioacademy.participation.KeyFigures;
import eu.regioacademy.participation.ParticipationKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The headline numbers, each with its change against the previous period of the same
 * length and a way to the entries behind it.
 */
class KeyFigureCards extends Div {

    /** A figure's drill-down: the ledger kind behind it, or null for all entries. */
    record Drill(@Nullable ParticipationKind kind) {
    }

    /** The event data with the kind a "show who" button stands for ("" for all entries). */
    static final String DRILL_DATA = "event.target.closest('[data-drill]').dataset.drill";
    /** Only clicks on a "show who" button reach the server. */
    static final String DRILL_FILTER = "event.target.closest('[data-drill]') != null";
    private static final String ALL = "all";

    KeyFigureCards(Consumer<Drill> onDrill) {
        addClassName("figure-cards");
        // the cards are markup inside this one element (texts escaped by jsoup), and their "show who" buttons
        // share this one listener: as components the nine cards were about 40 state nodes, kept per open tab.
        // The buttons are Vaadin's own, so keyboard, focus and screen readers work as with a Button component.
        getElement().addEventListener("click", e -> {
            String kind = e.getEventData().path(DRILL_DATA).asString("");
            if (kind.equals(ALL)) {
                onDrill.accept(new Drill(null));
            } else {
                // a forged value names no kind and is ignored
                java.util.Arrays.stream(ParticipationKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                        .ifPresent(k -> onDrill.accept(new Drill(k)));
            }
        }).addEventData(DRILL_DATA).setFilter(DRILL_FILTER);
    }

    void show(KeyFigures now, KeyFigures before) {
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        Element cards = new Element("div");
        card(cards, "people", now, before, f -> BigDecimal.valueOf(f.people()), numbers, null);
        card(cards, "regions", now, before, f -> BigDecimal.valueOf(f.regions()), numbers, null);
        card(cards, "training-hours", now, before, KeyFigures::trainingHours, numbers, ParticipationKind.MODULE_COMPLETED);
        card(cards, "modules-completed", now, before, f -> BigDecimal.valueOf(f.modulesCompleted()), numbers,
                ParticipationKind.MODULE_COMPLETED);
        card(cards, "visit-days", now, before, KeyFigures::visitDays, numbers, ParticipationKind.VISIT_ATTENDED);
        card(cards, "active-pairs", now, before, f -> BigDecimal.valueOf(f.activePairs()), numbers,
                ParticipationKind.MENTORING_SESSION_HELD);
        card(cards, "quiet-pairs", now, before, f -> BigDecimal.valueOf(f.quietPairs()), numbers, null);
        card(cards, "exchange-weeks", now, before, KeyFigures::exchangeWeeks, numbers, ParticipationKind.EXCHANGE_COMPLETED);
        card(cards, "certificates", now, before, f -> BigDecimal.valueOf(f.certificates()), numbers,
                ParticipationKind.CERTIFICATE_ISSUED);
        MarkupText.setHtml(this, MarkupText.inner(cards));
    }

    private void card(Element cards, String name, KeyFigures now, KeyFigures before, Function<KeyFigures, BigDecimal> figure,
                      NumberFormat numbers, @Nullable ParticipationKind kind) {
        BigDecimal current = figure.apply(now);
        BigDecimal previous = figure.apply(before);
        String label = getTranslation("participation.figure." + name);
        Element card = cards.appendElement("div").addClass("figure-card").addClass("figure-" + name);
        Element body = card.appendElement("div").addClass("figure-body");
        body.appendElement("span").addClass("figure-label").text(label);
        body.appendElement("span").addClass("figure-value").text(numbers.format(current));
        body.appendElement("span").addClass("figure-change")
                .addClass(current.compareTo(previous) > 0 ? "up" : current.compareTo(previous) < 0 ? "down" : "same")
                .attr("title", getTranslation("participation.figure.previous", numbers.format(previous)))
                .text(changeText(current, previous, numbers));
        if (!"quiet-pairs".equals(name) && current.signum() > 0) {
            card.appendElement("vaadin-button").attr("theme", "tertiary-inline small")
                    .attr("data-drill", kind == null ? ALL : kind.name())
                    .attr("aria-label", getTranslation("participation.figure.drill-named", label))
                    .text(getTranslation("participation.figure.drill"));
        } else if ("quiet-pairs".equals(name)) {
            card.appendElement("a").attr("href", "mentoring/overview").addClass("figure-link")
                    .text(getTranslation("participation.figure.quiet-pairs-link"));
        }
    }

    private String changeText(BigDecimal current, BigDecimal previous, NumberFormat numbers) {
        return percentChange(current, previous)
                .map(p -> getTranslation("participation.figure.change", (p > 0 ? "+" : "") + numbers.format(p)))
                .orElseGet(() -> current.signum() == 0 ? getTranslation("participation.figure.no-change")
                        : getTranslation("participation.figure.new"));
    }

    /** Whole per cent of change; none when the previous period had nothing to compare with. */
    static Optional<Integer> percentChange(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) return Optional.empty();
        return Optional.of(current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous, 0, RoundingMode.HALF_UP).intValue());
    }
}
