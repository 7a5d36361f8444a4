package eu.regioacademy.participation;

import static eu.regioacademy.participation.SvgDocuments.elements;
import static eu.regioacademy.participation.SvgDocuments.parse;
import static eu.regioacademy.participation.SvgDocuments.titleOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.participation.RegionHexMap.MapCell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RegionHexMapTest {

    private static final List<MapCell> REGIONS = List.of(
            cell(1, "Região Autónoma dos Açores", "PT20", 37.7413, -25.6756, 12, false),
            cell(2, "Campania", "ITF3", 40.8518, 14.2681, 0, false),
            cell(3, "Catalunya", "ES51", 41.3879, 2.1699, 30, true),
            cell(4, "Skåne", "SE224", 55.6050, 13.0038, 3, false),
            cell(5, "Canarias", "ES70", 28.4636, -16.2518, 7, false),
            cell(6, "Nordland", "NO071", 67.2804, 14.4049, 1, false),
            cell(7, "Κρήτη", "EL43", 35.3387, 25.1442, 18, false));

    private static MapCell cell(long id, String name, String code, double lat, double lon, double value, boolean selected) {
        return new MapCell(id, name, code, lat, lon, value, String.format(Locale.ROOT, "%.0f people", value),
                "secretariat?region=" + id + "&period=2025", selected);
    }

    private static Document render(List<MapCell> cells) {
        return parse(RegionHexMap.render("map", "Participation by region", "Catalunya leads", cells, "few", "many"));
    }

    private static List<Element> links(Document svg) {
        return elements(svg, "a");
    }

    private static Element hexagonOf(Element link) {
        return (Element) link.getElementsByTagNameNS(SvgDocuments.SVG, "polygon").item(0);
    }

    @Test
    void the_map_is_a_titled_group_of_links() {
        Document svg = render(REGIONS);

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("group");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("map-title map-desc");
        assertThat(((Element) root.getFirstChild()).getAttribute("id")).isEqualTo("map-title");
        assertThat(root.getFirstChild().getTextContent()).isEqualTo("Participation by region");
        assertThat(((Element) root.getFirstChild().getNextSibling()).getAttribute("id")).isEqualTo("map-desc");
        assertThat(root.getFirstChild().getNextSibling().getTextContent()).isEqualTo("Catalunya leads");
    }

    @Test
    void every_region_is_a_link_to_its_href_named_by_its_value() {
        Document svg = render(REGIONS);

        List<Element> links = links(svg);
        assertThat(links).hasSize(REGIONS.size());
        assertThat(links).extracting(a -> a.getAttribute("href")).containsExactlyInAnyOrderElementsOf(
                REGIONS.stream().map(MapCell::href).toList());
        Element crete = links.stream().filter(a -> a.getAttribute("href").contains("region=7&")).findFirst().orElseThrow();
        assertThat(crete.getAttribute("aria-label")).isEqualTo("Κρήτη: 18 people");
        assertThat(titleOf(hexagonOf(crete))).isEqualTo("Κρήτη: 18 people");
        assertThat(crete.getTextContent()).contains("EL43");
    }

    @Test
    void two_regions_with_the_same_coordinates_get_hexagons_of_their_own() {
        List<MapCell> cells = new ArrayList<>(REGIONS);
        cells.add(cell(8, "Barcelona twin", "ES5X", 41.3879, 2.1699, 4, false));
        cells.add(cell(9, "Barcelona triplet", "ES5Y", 41.3879, 2.1699, 4, false));
        Document svg = render(cells);

        List<String> hexagons = elements(svg, "polygon").stream().map(p -> p.getAttribute("points")).toList();
        assertThat(hexagons).hasSize(cells.size()).doesNotHaveDuplicates();
    }

    @Test
    void a_crowd_of_regions_on_one_spot_still_spreads_over_distinct_hexagons() {
        Random random = new Random(42);
        List<MapCell> crowd = new ArrayList<>();
        for (int id = 1; id <= 160; id++) {
            crowd.add(cell(id, "Region " + id, "R" + id, 48 + random.nextGaussian(), 8 + random.nextGaussian(), id % 7, false));
        }

        List<RegionHexMap.Placed> placed = RegionHexMap.place(crowd);

        assertThat(placed).hasSize(160);
        assertThat(placed).extracting(RegionHexMap.Placed::hex).doesNotHaveDuplicates();
    }

    @Test
    void the_layout_does_not_depend_on_the_order_the_regions_come_in() {
        List<MapCell> shuffled = new ArrayList<>(REGIONS);
        shuffled.add(cell(8, "Barcelona twin", "ES5X", 41.3879, 2.1699, 4, false));
        List<MapCell> ordered = List.copyOf(shuffled);
        Collections.shuffle(shuffled, new Random(3));

        assertThat(RegionHexMap.render("m", "t", "d", shuffled, "few", "many"))
                .isEqualTo(RegionHexMap.render("m", "t", "d", ordered, "few", "many"));
    }

    @Test
    void the_selected_region_is_outlined_and_the_others_are_not() {
        Document svg = render(REGIONS);

        for (Element link : links(svg)) {
            boolean catalunya = link.getAttribute("href").contains("region=3&");
            assertThat(List.of(hexagonOf(link).getAttribute("class").split(" ")).contains("selected"))
                    .as(link.getAttribute("aria-label")).isEqualTo(catalunya);
        }
    }

    @Test
    void no_activity_is_pale_grey_and_the_largest_value_the_darkest_blue() {
        Document svg = render(REGIONS);

        assertThat(fillOf(svg, 2)).isEqualTo("#e4e7eb");
        assertThat(fillOf(svg, 3)).isEqualTo("#08519c");
        assertThat(RegionHexMap.level(0, 30)).isZero();
        assertThat(RegionHexMap.level(0.1, 30)).isEqualTo(1);
        assertThat(RegionHexMap.level(18, 30)).isEqualTo(3);
        assertThat(RegionHexMap.level(30, 30)).isEqualTo(5);
        assertThat(RegionHexMap.level(Double.NaN, 30)).isZero();
    }

    private static String fillOf(Document svg, long regionId) {
        return links(svg).stream().filter(a -> a.getAttribute("href").contains("region=" + regionId + "&"))
                .map(a -> hexagonOf(a).getAttribute("fill")).findFirst().orElseThrow();
    }

    @Test
    void a_legend_runs_from_the_low_text_to_the_high_text() {
        Document svg = render(REGIONS);

        assertThat(elements(svg, "text")).extracting(Element::getTextContent).contains("few", "many");
        assertThat(elements(svg, "rect")).extracting(r -> r.getAttribute("fill"))
                .containsExactly("#e4e7eb", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c");
    }

    @Test
    void an_empty_map_is_still_a_titled_picture() {
        Document svg = parse(RegionHexMap.render("map", "Participation by region", "No region in scope", List.of(),
                "few", "many"));

        assertThat(elements(svg, "title")).extracting(Element::getTextContent).containsExactly("Participation by region");
        assertThat(elements(svg, "desc")).extracting(Element::getTextContent).containsExactly("No region in scope");
        assertThat(elements(svg, "a")).isEmpty();
    }

    @Test
    void markup_characters_in_names_links_and_legends_come_through_as_text() {
        MapCell odd = new MapCell(1, "Fish & <Ships> \"Ltd\" 'x'", "<&>", 41, 2, 5, "5 < 6", "a?b=1&c=\"2\"&d=<3>", true);
        String rendered = RegionHexMap.render("odd", "A & B", "Κρήτη <desc>", List.of(odd, cell(2, "Κρήτη", "EL43", 35.3, 25.1,
                1, false)), "< few", "many & more");
        Document svg = parse(rendered);

        // the selected region is drawn last, on top of its neighbours
        Element link = links(svg).getLast();
        assertThat(link.getAttribute("href")).isEqualTo("a?b=1&c=\"2\"&d=<3>");
        assertThat(link.getAttribute("aria-label")).isEqualTo("Fish & <Ships> \"Ltd\" 'x': 5 < 6");
        assertThat(elements(svg, "desc").getFirst().getTextContent()).isEqualTo("Κρήτη <desc>");
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).contains("<&>", "< few", "many & more");
    }

    @Test
    void regions_without_coordinates_are_left_off_and_far_away_ones_pinned_to_the_edge() {
        List<MapCell> cells = List.of(cell(1, "Nowhere", "NA", Double.NaN, 2, 1, false),
                cell(2, "La Réunion", "FRY4", -21.1151, 55.5364, 1, false), cell(3, "Catalunya", "ES51", 41.3879, 2.1699, 2, false));

        assertThat(links(render(cells))).extracting(a -> a.getAttribute("aria-label"))
                .containsExactly("La Réunion: 1 people", "Catalunya: 2 people");
    }

    @Test
    void numbers_in_attributes_use_a_point_even_when_the_default_locale_writes_a_comma() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            String rendered = RegionHexMap.render("map", "Karte", "Regionen", REGIONS, "wenig", "viel");
            assertThat(SvgDocuments.malformedNumbers(parse(rendered))).isEmpty();
            assertThat(rendered).containsPattern("points=\"\\d+\\.\\d,");
        } finally {
            Locale.setDefault(before);
        }
    }
}
