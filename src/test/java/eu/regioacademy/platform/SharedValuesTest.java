package eu.regioacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    record Place(long id, String name) {
    }

    private final SharedValues shared = new SharedValues();

    @Test
    void an_equal_value_is_replaced_by_the_instance_already_in_use() {
        Place first = new Place(1, new String("Skåne"));
        Place again = new Place(1, new String("Skåne"));

        assertThat(shared.share(first)).isSameAs(first);
        assertThat(shared.share(again)).isSameAs(first);
        assertThat(shared.shareAll(List.of(new Place(1, "Skåne"), new Place(2, "Murcia"))).getFirst()).isSameAs(first);
    }

    @Test
    void a_changed_value_is_never_replaced_by_the_old_one() {
        Place before = shared.share(new Place(1, "Skåne"));

        Place renamed = shared.share(new Place(1, "Region Skåne"));

        assertThat(renamed).isNotSameAs(before);
        assertThat(renamed.name()).isEqualTo("Region Skåne");
    }
}
