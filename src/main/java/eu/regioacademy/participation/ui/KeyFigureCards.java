package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Html;
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

    private final Consumer<Drill> onDrill;

    KeyFigureCards(Consumer<Drill> onDrill) {
        this.onDrill = onDrill;
        addClassName("figure-cards");
    }

    void show(KeyFigures now, KeyFigures before) {
        removeAll();
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        card("people", now, before, f -> BigDecimal.valueOf(f.people()), numbers, null);
        card("regions", now, before, f -> BigDecimal.valueOf(f.regions()), numbers, null);
        card("training-hours", now, before, KeyFigures::trainingHours, numbers, ParticipationKind.MODULE_COMPLETED);
        card("modules-completed", now, before, f -> BigDecimal.valueOf(f.modulesCompleted()), numbers,
                ParticipationKind.MODULE_COMPLETED);
        card("visit-days", now, before, KeyFigures::visitDays, numbers, ParticipationKind.VISIT_ATTENDED);
        card("active-pairs", now, before, f -> BigDecimal.valueOf(f.activePairs()), numbers,
                ParticipationKind.MENTORING_SESSION_HELD);
        card("quiet-pairs", now, before, f -> BigDecimal.valueOf(f.quietPairs()), numbers, null);
        card("exchange-weeks", now, before, KeyFigures::exchangeWeeks, numbers, ParticipationKind.EXCHANGE_COMPLETED);
        card("certificates", now, before, f -> BigDecimal.valueOf(f.certificates()), numbers,
                ParticipationKind.CERTIFICATE_ISSUED);
    }

    private void card(String name, KeyFigures now, KeyFigures before, Function<KeyFigures, BigDecimal> figure,
                      NumberFormat numbers, @Nullable ParticipationKind kind) {
        BigDecimal current = figure.apply(now);
        BigDecimal previous = figure.apply(before);
        String label = getTranslation("participation.figure." + name);
        // label, value and change as markup inside one element (texts escaped by jsoup): as components they
        // were six state nodes per card, kept per open tab
        Element body = new Element("div").addClass("figure-body");
        body.appendElement("span").addClass("figure-label").text(label);
        body.appendElement("span").addClass("figure-value").text(numbers.format(current));
        body.appendElement("span").addClass("figure-change")
                .addClass(current.compareTo(previous) > 0 ? "up" : current.compareTo(previous) < 0 ? "down" : "same")
                .attr("title", getTranslation("participation.figure.previous", numbers.format(previous)))
                .text(changeText(current, previous, numbers));
        Div card = new Div(new Html(body.outerHtml()));
        card.addClassNames("figure-card", "figure-" + name);
        if (!"quiet-pairs".equals(name) && current.signum() > 0) {
            Button who = new Button(getTranslation("participation.figure.drill"), e -> onDrill.accept(new Drill(kind)));
            who.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            who.getElement().setAttribute("aria-label", getTranslation("participation.figure.drill-named", label));
            card.add(who);
        } else if ("quiet-pairs".equals(name)) {
            com.vaadin.flow.component.html.Anchor pairs = new com.vaadin.flow.component.html.Anchor("mentoring/overview",
                    getTranslation("participation.figure.quiet-pairs-link"));
            pairs.addClassName("figure-link");
            card.add(pairs);
        }
        add(card);
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
