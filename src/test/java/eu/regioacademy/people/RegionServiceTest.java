package eu.regioacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RegionServiceTest extends ServiceTest {

    @Autowired
    RegionService regions;

    @Test
    void admin_adds_a_region_with_normalised_codes() {
        signInAs(TestUsers.ADMIN);
        regions.create(new RegionDraft(" ee00 ", "Eesti", "ee", Commission.BALTIC_SEA));
        assertThat(regions.page("Eesti", eu.regioacademy.platform.PageRequest.first(5)))
                .singleElement().satisfies(r -> {
                    assertThat(r.nutsCode()).isEqualTo("EE00");
                    assertThat(r.countryCode()).isEqualTo("EE");
                });
    }

    @Test
    void a_taken_or_malformed_nuts_code_and_missing_fields_are_refused() {
        signInAs(TestUsers.ADMIN);
        assertThatThrownBy(() -> regions.create(new RegionDraft("SE224", "Skåne again", "SE", Commission.BALTIC_SEA)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorKeysByField()).containsEntry("nutsCode", "region.error.nuts-code-taken"));
        assertThatThrownBy(() -> regions.create(new RegionDraft("S-1", "", "Sweden", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errorKeysByField())
                        .containsKeys("nutsCode", "name", "countryCode", "commission"));
    }

    @Test
    void a_learner_reads_regions_but_cannot_change_them() {
        signInAs(TestUsers.LEARNER);
        assertThat(regions.all()).hasSizeGreaterThanOrEqualTo(36);
        assertThatThrownBy(() -> regions.create(new RegionDraft("EE00", "Eesti", "EE", Commission.BALTIC_SEA)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
