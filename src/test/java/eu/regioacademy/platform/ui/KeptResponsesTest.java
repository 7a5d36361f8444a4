package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KeptResponsesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void characters_beyond_latin1_are_escaped_and_the_json_means_the_same() {
        String answer = "{\"changes\":[{\"key\":\"innerHTML\",\"value\":\"<b>Κεντρική Μακεδονία</b> 10:00\u202fAM \uD83D\uDE00\"}],"
                + "\"Ανατολική\":\"Skåne\",\"syncId\":3}";

        String kept = KeptResponses.latin1(answer);

        assertThat(kept.chars()).allMatch(c -> c <= 0xFF);
        assertThat(kept).contains("Skåne").contains("\\u039a").contains("\\u202f").contains("\\ud83d\\ude00");
        assertThat(JSON.readTree(kept)).isEqualTo(JSON.readTree(answer));
    }

    @Test
    void an_answer_within_latin1_is_kept_as_it_is() {
        String answer = "{\"value\":\"Skåne, Murcia, Açores\"}";

        assertThat(KeptResponses.latin1(answer)).isSameAs(answer);
        assertThat(KeptResponses.latin1(null)).isNull();
    }
}
