package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupTextTest {

    @Test
    void markup_is_kept_as_built_without_line_breaks_or_indentation() {
        Element table = new Element("table");
        table.appendElement("tbody").appendElement("tr").appendElement("td").text("Skåne");

        assertThat(MarkupText.outer(table)).isEqualTo("<table><tbody><tr><td>Skåne</td></tr></tbody></table>");
        assertThat(MarkupText.inner(table)).isEqualTo("<tbody><tr><td>Skåne</td></tr></tbody>");
    }

    @Test
    void text_is_set_escaped_and_in_its_latin1_form() {
        Div title = new Div();

        MarkupText.set(title, "Κρήτη <b> – 1\u202f234");

        assertThat(title.getElement().getProperty("innerHTML"))
                .isEqualTo("&#x39a;&#x3c1;&#x3ae;&#x3c4;&#x3b7; &lt;b&gt; &#x2013; 1&#x202f;234");
    }

    @Test
    void an_element_becomes_one_component_with_its_attributes_and_its_children_in_latin1_form() {
        Element who = new Element("div").addClass("user-who").attr("title", "Θεσσαλία");
        who.appendElement("span").addClass("user-name").text("Νίκος & Co");

        var component = MarkupText.html(who);

        assertThat(component.getElement().getTag()).isEqualTo("div");
        assertThat(component.getElement().getAttribute("class")).isEqualTo("user-who");
        assertThat(component.getElement().getAttribute("title")).isEqualTo("Θεσσαλία");
        assertThat(component.getElement().getProperty("innerHTML"))
                .isEqualTo("<span class=\"user-name\">&#x39d;&#x3af;&#x3ba;&#x3bf;&#x3c2; &amp; Co</span>");
        assertThat(component.getElement().getChildCount()).isZero();
    }
}
