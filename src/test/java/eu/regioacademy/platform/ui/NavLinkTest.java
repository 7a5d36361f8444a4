package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavLinkTest {

    @Test
    void icon_and_label_are_markup_inside_the_item_and_the_label_is_still_its_label() {
        NavLink link = new NavLink("Study visits & <more>", "study-visits", "vaadin:bus");

        assertThat(link.getLabel()).isEqualTo("Study visits & <more>");
        assertThat(link.getPath()).isEqualTo("study-visits");
        assertThat(link.getElement().getProperty("innerHTML"))
                .isEqualTo("<vaadin-icon icon=\"vaadin:bus\" slot=\"prefix\"></vaadin-icon>Study visits &amp; &lt;more&gt;");
        assertThat(link.getElement().getChildCount()).as("no text node or icon component of its own").isZero();
    }

    @Test
    void a_link_without_an_icon_has_only_its_label() {
        assertThat(new NavLink("Home", "", null).getElement().getProperty("innerHTML")).isEqualTo("Home");
    }
}
