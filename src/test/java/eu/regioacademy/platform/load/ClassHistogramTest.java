package eu.regioacademy.platform.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The soak's "what stayed, by class" reads jcmd's table right. */
class ClassHistogramTest {

    private static final String BEFORE = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         10000        1000000  [B (java.base@25)
               2:          2000          48000  java.lang.String (java.base@25)
               3:            10           1000  org.apache.coyote.http11.Http11Processor
               4:             5            400  com.example.Twice
               5:             1             80  com.example.Twice
               6:             3            240  com.example.Gone
            Total         12019        1049720
            """;
    private static final String AFTER = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         11000        1300000  [B (java.base@25)
               2:          2000          48000  java.lang.String (java.base@25)
               3:           200          20000  org.apache.coyote.http11.Http11Processor
               4:             6            480  com.example.Twice
            Total         13206        1368480
            """;

    @Test
    void the_total_and_the_instances_per_class_are_read_and_a_class_in_two_loaders_is_counted_once() {
        ClassHistogram histogram = ClassHistogram.parse(BEFORE);

        assertThat(histogram.totalBytes()).isEqualTo(1049720);
        assertThat(histogram.instances("org.apache.coyote.http11.Http11Processor")).isEqualTo(10);
        assertThat(histogram.instances("com.example.Twice")).isEqualTo(6);
        assertThat(histogram.instances("com.example.Absent")).isZero();
    }

    @Test
    void growth_lists_the_classes_that_gained_most_bytes_first_and_the_ones_that_went_as_losses() {
        var growth = ClassHistogram.parse(AFTER).growthSince(ClassHistogram.parse(BEFORE), 10);

        assertThat(growth).first().isEqualTo(new ClassHistogram.Change("[B", 1000, 300000));
        assertThat(growth.get(1)).isEqualTo(new ClassHistogram.Change("org.apache.coyote.http11.Http11Processor", 190, 19000));
        assertThat(growth).contains(new ClassHistogram.Change("com.example.Gone", -3, -240),
                new ClassHistogram.Change("com.example.Twice", 0, 0));
        assertThat(ClassHistogram.parse(AFTER).growthSince(ClassHistogram.parse(BEFORE), 2)).hasSize(2);
    }
}
