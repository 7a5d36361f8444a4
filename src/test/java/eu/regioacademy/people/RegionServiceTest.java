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

    @Test
    void every_open_filter_shares_one_instance_of_each_region_and_still_sees_changes() {
        signInAs(TestUsers.ADMIN);
        java.util.List<Region> first = regions.all();
        java.util.List<Region> second = regions.all();
        assertThat(second.getFirst()).isSameAs(first.getFirst());

        Region skane = first.stream().filter(r -> r.nutsCode().equals("SE224")).findFirst().orElseThrow();
        regions.update(skane.id(), skane.version(), new RegionDraft("SE224", "Region Skåne", "SE", skane.commission()));

        assertThat(regions.all()).filteredOn(r -> r.id() == skane.id()).singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("Region Skåne"));
    }
}
