package eu.regioacademy.participation;

import static eu.regioacademy.participation.SvgDocuments.elements;
import static eu.regioacademy.participation.SvgDocuments.parse;
import static eu.regioacademy.participation.SvgDocuments.titleOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartTest {

    private static final List<ChartBar> KINDS = List.of(
            new ChartBar("Training", 1234.5, "1,234.5 h"),
            new ChartBar("Study visits", 310, "310 days"),
            new ChartBar("Exchanges", 42, "42 weeks"));

    private static final List<ChartBar> AWKWARD = List.of(
            new ChartBar("Fish & Ships <Ltd> \"quoted\" 'single'", 3.3, "3,3 < 4"),
            new ChartBar("Κρήτη", 7.7, "7,7"),
            new ChartBar("Skåne", 0, "0"));

    private static String render(String kind, String id, String title, String description, List<ChartBar> bars) {
        return kind.equals("columns") ? SvgChart.columns(id, title, description, bars)
                : SvgChart.bars(id, title, description, bars);
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "bars"})
    void the_title_and_description_come_first_and_name_the_picture(String kind) {
        Document svg = parse(render(kind, "kinds", "Activity per kind", "Training leads with 1,234.5 hours", KINDS));

        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SvgDocuments.SVG);
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("class")).isEqualTo("chart");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
        assertThat(root.getAttribute("width")).isIn("", "100%");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("kinds-title kinds-desc");

        Element first = (Element) root.getFirstChild();
        Element second = (Element) first.getNextSibling();
        assertThat(first.getLocalName()).isEqualTo("title");
        assertThat(first.getAttribute("id")).isEqualTo("kinds-title");
        assertThat(first.getTextContent()).isEqualTo("Activity per kind");
        assertThat(second.getLocalName()).isEqualTo("desc");
        assertThat(second.getAttribute("id")).isEqualTo("kinds-desc");
        assertThat(second.getTextContent()).isEqualTo("Training leads with 1,234.5 hours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "bars"})
    void every_bar_is_one_rect_with_its_own_tooltip(String kind) {
        Document svg = parse(render(kind, "kinds", "Activity per kind", "Three kinds", KINDS));

        List<Element> rects = elements(svg, "rect");
        assertThat(rects).hasSize(3);
        assertThat(rects).extracting(SvgDocuments::titleOf)
                .containsExactly("Training: 1,234.5 h", "Study visits: 310 days", "Exchanges: 42 weeks");
        assertThat(rects).allSatisfy(r -> assertThat(r.getAttribute("fill")).isEqualTo("#1b3a5c"));
        assertThat(rects).allSatisfy(r -> assertThat(r.getAttribute("class")).isEqualTo("chart-bar"));
    }

    @Test
    void horizontal_bars_write_each_formatted_value_beside_its_bar_and_are_as_long_as_their_share() {
        Document svg = parse(SvgChart.bars("kinds", "Activity per kind", "Three kinds", KINDS));

        assertThat(elements(svg, "text")).extracting(Element::getTextContent)
                .contains("Training", "Study visits", "Exchanges", "1,234.5 h", "310 days", "42 weeks");
        List<Double> widths = elements(svg, "rect").stream().map(r -> Double.parseDouble(r.getAttribute("width"))).toList();
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(310 / 1234.5, org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "bars"})
    void the_value_axis_is_labelled_with_zero_and_the_largest_value(String kind) {
        Document svg = parse(render(kind, "kinds", "Activity per kind", "Three kinds", KINDS));

        assertThat(elements(svg, "text")).filteredOn(t -> t.getAttribute("class").equals("chart-axis-label"))
                .extracting(Element::getTextContent).containsExactlyInAnyOrder("0", "1,234.5 h");
        assertThat(elements(svg, "line")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "bars"})
    void an_empty_list_is_still_a_titled_picture_without_bars(String kind) {
        Document svg = parse(render(kind, "empty", "Activity per kind", "No activity in this period", List.of()));

        assertThat(elements(svg, "title")).extracting(Element::getTextContent).containsExactly("Activity per kind");
        assertThat(elements(svg, "desc")).extracting(Element::getTextContent).containsExactly("No activity in this period");
        assertThat(elements(svg, "rect")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "bars"})
    void markup_characters_and_greek_letters_in_labels_come_through_as_text(String kind) {
        String rendered = render(kind, "odd", "Fish & <Ships>", "\"quoted\" & 'single' — Κρήτη", AWKWARD);
        Document svg = parse(rendered);

        assertThat(elements(svg, "title").getFirst().getTextContent()).isEqualTo("Fish & <Ships>");
        assertThat(elements(svg, "desc").getFirst().getTextContent()).isEqualTo("\"quoted\" & 'single' — Κρήτη");
        assertThat(elements(svg, "rect")).extracting(SvgDocuments::titleOf).containsExactly(
                "Fish & Ships <Ltd> \"quoted\" 'single': 3,3 < 4", "Κρήτη: 7,7", "Skåne: 0");
        assertThat(rendered).doesNotContain("<Ltd>", "<Ships>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "bars"})
    void a_zero_value_draws_no_visible_bar_but_keeps_its_tooltip(String kind) {
        Document svg = parse(render(kind, "odd", "Odd labels", "Three regions", AWKWARD));

        Element zero = elements(svg, "rect").get(2);
        assertThat(titleOf(zero)).isEqualTo("Skåne: 0");
        assertThat(Double.parseDouble(zero.getAttribute(kind.equals("columns") ? "height" : "width"))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "bars"})
    void a_long_label_is_shortened_on_the_chart_but_whole_in_the_tooltip(String kind) {
        String longName = "Región Autónoma de la Provincia de las Islas Orientales del Mar Interior";
        List<ChartBar> bars = List.of(new ChartBar(longName, 5, "5"), new ChartBar("Puglia", 3, "3"));
        Document svg = parse(render(kind, "long", "Per region", "Two regions", bars));

        assertThat(titleOf(elements(svg, "rect").getFirst())).isEqualTo(longName + ": 5");
        List<String> labels = elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("chart-label"))
                .map(Element::getTextContent).toList();
        assertThat(labels).contains("Puglia").doesNotContain(longName);
        assertThat(labels).anySatisfy(l -> assertThat(l).endsWith("…").startsWith("Región Autó"));
    }

    @Test
    void three_years_of_months_turn_their_labels_and_keep_one_column_each() {
        List<ChartBar> months = IntStream.range(0, 36)
                .mapToObj(i -> new ChartBar("%d-%02d".formatted(2023 + i / 12, i % 12 + 1), i * 1.5, "v" + i)).toList();
        Document svg = parse(SvgChart.columns("months", "Activity per month", "36 months", months));

        List<Element> rects = elements(svg, "rect");
        assertThat(rects).hasSize(36);
        assertThat(titleOf(rects.get(35))).isEqualTo("2025-12: v35");
        List<Element> labels = elements(svg, "text").stream()
                .filter(t -> t.getAttribute("class").equals("chart-label")).toList();
        assertThat(labels).isNotEmpty().allSatisfy(t -> assertThat(t.getAttribute("transform")).startsWith("rotate(-45 "));
        assertThat(SvgDocuments.malformedNumbers(svg)).isEmpty();
    }

    @Test
    void numbers_in_attributes_use_a_point_even_when_the_default_locale_writes_a_comma() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            List<ChartBar> thirds = IntStream.range(0, 20)
                    .mapToObj(i -> new ChartBar("Monat " + i, i / 3.0 + 0.1, "%.2f".formatted(i / 3.0 + 0.1))).toList();
            for (String rendered : List.of(SvgChart.columns("c", "Pro Monat", "Zwanzig", thirds),
                    SvgChart.bars("b", "Pro Art", "Zwanzig", thirds))) {
                Document svg = parse(rendered);
                assertThat(SvgDocuments.malformedNumbers(svg)).isEmpty();
                assertThat(rendered).containsPattern("(x|y|width|height)=\"\\d+\\.\\d\"");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void an_id_that_aria_labelledby_could_not_reference_is_refused() {
        assertThatThrownBy(() -> SvgChart.bars("two words", "t", "d", KINDS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SvgChart.columns(" ", "t", "d", KINDS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void top_with_others_keeps_the_first_n_and_sums_the_rest_into_one_bar() {
        DoubleFunction<String> format = v -> String.format(Locale.ROOT, "%.1f", v);
        List<ChartBar> five = List.of(new ChartBar("A", 50, "50"), new ChartBar("B", 40, "40"), new ChartBar("C", 30, "30"),
                new ChartBar("D", 20.5, "20.5"), new ChartBar("E", 10, "10"));

        List<ChartBar> top = SvgChart.topWithOthers(five, 3, "Others", format);

        assertThat(top).hasSize(4);
        assertThat(top.subList(0, 3)).isEqualTo(five.subList(0, 3));
        assertThat(top.getLast()).isEqualTo(new ChartBar("Others", 30.5, "30.5"));
    }

    @Test
    void top_with_others_adds_no_others_bar_when_nothing_is_left_over() {
        List<ChartBar> two = List.of(new ChartBar("A", 5, "5"), new ChartBar("B", 4, "4"));

        assertThat(SvgChart.topWithOthers(two, 2, "Others", String::valueOf)).isEqualTo(two);
        assertThat(SvgChart.topWithOthers(two, 10, "Others", String::valueOf)).isEqualTo(two);
        assertThat(SvgChart.topWithOthers(List.of(), 3, "Others", String::valueOf)).isEmpty();
        assertThat(SvgChart.topWithOthers(two, 0, "Others", v -> "=" + v)).containsExactly(new ChartBar("Others", 9, "=9.0"));
        assertThatThrownBy(() -> SvgChart.topWithOthers(two, -1, "Others", String::valueOf))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
