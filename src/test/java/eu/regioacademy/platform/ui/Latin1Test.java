package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class Latin1Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void json_escapes_characters_beyond_latin1_and_means_the_same() {
        String answer = "{\"changes\":[{\"key\":\"innerHTML\",\"value\":\"<b>Κεντρική Μακεδονία</b> 10:00\u202fAM \uD83D\uDE00\"}],"
                + "\"Ανατολική\":\"Skåne\",\"syncId\":3}";

        String kept = Latin1.json(answer);

        assertThat(kept.chars()).allMatch(c -> c <= 0xFF);
        assertThat(kept).contains("Skåne").contains("\\u039a").contains("\\u202f").contains("\\ud83d\\ude00");
        assertThat(JSON.readTree(kept)).isEqualTo(JSON.readTree(answer));
    }

    @Test
    void html_uses_character_references_and_the_browser_reads_the_same_text_and_attributes() {
        String markup = "<span title=\"Κρήτη – 1\u202f234\">Κεντρική Μακεδονία — Skåne \uD83D\uDE00</span>";

        String kept = Latin1.html(markup);

        assertThat(kept.chars()).allMatch(c -> c <= 0xFF);
        assertThat(kept).contains("Skåne").contains("&#x39a;").contains("&#x1f600;");
        var read = Jsoup.parseBodyFragment(kept).selectFirst("span");
        var meant = Jsoup.parseBodyFragment(markup).selectFirst("span");
        assertThat(read.text()).isEqualTo(meant.text());
        assertThat(read.attr("title")).isEqualTo(meant.attr("title"));
    }

    @Test
    void text_within_latin1_is_kept_as_it_is() {
        String text = "{\"value\":\"Skåne, Murcia, Açores\"}";

        assertThat(Latin1.json(text)).isSameAs(text);
        assertThat(Latin1.html(text)).isSameAs(text);
        assertThat(Latin1.json(null)).isNull();
    }
}
