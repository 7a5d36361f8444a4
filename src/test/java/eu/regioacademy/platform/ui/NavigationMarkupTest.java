package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationMarkupTest {

    @Test
    void the_links_are_side_nav_items_inside_one_named_element_with_escaped_labels_and_relative_paths() {
        Html nav = NavigationMarkup.of("Main", List.of(
                new NavigationMarkup.Link("Home", "", "vaadin:home"),
                new NavigationMarkup.Link("Study visits & <more>", "/study-visits", null)));

        assertThat(nav.getElement().getTag()).isEqualTo("vaadin-side-nav");
        assertThat(nav.getElement().getAttribute("aria-label")).isEqualTo("Main");
        assertThat(nav.getElement().getProperty("innerHTML")).isEqualTo(
                "<vaadin-side-nav-item path=\"\"><vaadin-icon icon=\"vaadin:home\" slot=\"prefix\"></vaadin-icon>Home</vaadin-side-nav-item>"
                        + "<vaadin-side-nav-item path=\"study-visits\">Study visits &amp; &lt;more&gt;</vaadin-side-nav-item>");
        assertThat(nav.getElement().getChildCount()).as("no component per link").isZero();
    }

    @Test
    void a_label_beyond_latin_1_is_kept_as_character_references() {
        Html nav = NavigationMarkup.of("Κύρια", List.of(new NavigationMarkup.Link("Αρχική", "", null)));

        assertThat(nav.getElement().getProperty("innerHTML"))
                .isEqualTo("<vaadin-side-nav-item path=\"\">&#x391;&#x3c1;&#x3c7;&#x3b9;&#x3ba;&#x3ae;</vaadin-side-nav-item>");
    }
}
