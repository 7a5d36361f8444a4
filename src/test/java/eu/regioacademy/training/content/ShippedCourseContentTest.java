package eu.regioacademy.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShippedCourseContentTest {

    @Test
    void the_shipped_course_content_loads_without_a_single_problem() {
        ContentScan scan = new CourseContentReader().read(Path.of("course-content"), Set.of());
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.modules()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(m -> {
                    assertThat(m.languages()).contains("en");
                    assertThat(m.lessons()).hasSizeBetween(3, 6);
                    assertThat(m.questions()).hasSizeGreaterThanOrEqualTo(5);
                });
        assertThat(scan.modules()).anySatisfy(m -> assertThat(m.languages()).contains("es"));
        assertThat(scan.modules()).anySatisfy(m -> assertThat(m.languages()).contains("fr"));
    }
}
