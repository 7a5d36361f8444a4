package eu.regioacademy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.PageRequest;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TrainingAdminServiceTest extends ServiceTest {

    @Autowired
    TrainingAdminService training;
    @Autowired
    ContentImportService importer;
    @Autowired
    LearningService learning;
    @Autowired
    RegionService regions;

    private long basicsId;

    @BeforeEach
    void importFixture() {
        importer.importFrom(TrainingFixture.folder());
        signInAs(TestUsers.SECRETARIAT);
        basicsId = training.moduleIdOf(TrainingFixture.BASICS).orElseThrow();
    }

    private long region(String nutsCode) {
        return regions.all().stream().filter(r -> r.nutsCode().equals(nutsCode)).findFirst().orElseThrow().id();
    }

    @Test
    void a_cohort_enrolment_enrols_every_active_person_of_the_regions_once() {
        int skaneStaff = 3; // learner, coordinator and Olena in the demo data
        assertThat(training.enrolCohort(TrainingFixture.BASICS, List.of(region("SE224")))).isEqualTo(skaneStaff);
        assertThat(training.enrolCohort(TrainingFixture.BASICS, List.of(region("SE224"), region("ES51")))).isEqualTo(2);
        assertThat(training.progressCount(basicsId, ProgressFilter.none())).isEqualTo(skaneStaff + 2);
        assertThat(training.progressCount(basicsId, new ProgressFilter("Åkesson", null, null))).isEqualTo(1);
        assertThat(training.progressCount(basicsId, new ProgressFilter("", region("ES51"), LearnerStatus.IN_PROGRESS)))
                .isEqualTo(2);
    }

    @Test
    void the_progress_export_is_csv_with_one_line_per_learner() {
        training.enrolCohort(TrainingFixture.BASICS, List.of(region("SE224")));
        StringWriter csv = new StringWriter();
        training.exportProgressCsv(basicsId, ProgressFilter.none(), csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).startsWith("name,email,region,status");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"Elin Åkesson\",\"learner@example.org\",\"Skåne\",IN_PROGRESS,0,"));
    }

    @Test
    void csv_fields_are_quoted_and_formulas_defused() {
        assertThat(TrainingAdminService.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void an_archived_module_leaves_the_catalogue() {
        training.setStatus(basicsId, ModuleStatus.ARCHIVED);
        assertThat(learning.catalog(CatalogFilter.none(), "en", PageRequest.first(100)))
                .extracting(CatalogEntry::code).doesNotContain(TrainingFixture.BASICS);
        assertThat(training.modules("en", PageRequest.first(100)))
                .filteredOn(m -> m.code().equals(TrainingFixture.BASICS)).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(ModuleStatus.ARCHIVED));
    }

    @Test
    void only_the_secretariat_runs_the_training_desk() {
        signInAs(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> training.enrolCohort(TrainingFixture.BASICS, List.of(region("SE224"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.syncNow()).isInstanceOf(AccessDeniedException.class);
    }
}
