package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeSelectTest {

    private static String options(NativeSelect<?> select) {
        return select.getElement().getProperty("innerHTML", "");
    }

    @Test
    void the_options_are_escaped_markup_with_the_value_selected() {
        NativeSelect<String> select = new NativeSelect<>(List.of("Sarajevo <&> Mostar", "Graz"), s -> s, "Any");
        assertThat(options(select)).contains("<option value=\"\" selected>Any</option>")
                .contains("<option value=\"0\">Sarajevo &lt;&amp;&gt; Mostar</option>");
        assertThat(select.getElement().getProperty("value")).isEmpty();

        select.setValue("Graz");
        assertThat(options(select)).contains("<option value=\"1\" selected>Graz</option>")
                .doesNotContain("value=\"\" selected");
        assertThat(select.getElement().getProperty("value")).isEqualTo("1");

        select.clear();
        assertThat(select.getValue()).isNull();
        assertThat(options(select)).contains("<option value=\"\" selected>Any</option>");
    }

    @Test
    void without_an_empty_option_the_list_holds_only_the_items() {
        NativeSelect<Integer> select = new NativeSelect<>(List.of(1, 2, 3), n -> "n" + n, null);
        select.setValue(3);
        assertThat(options(select)).doesNotContain("value=\"\"").contains("<option value=\"2\" selected>n3</option>");
        assertThat(select.getItems()).containsExactly(1, 2, 3);
        assertThat(select.getItemLabel(2)).isEqualTo("n2");
    }
}
