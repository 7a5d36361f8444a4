package eu.regioacademy.platform.db;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

@IntegrationTest
class SchemaTest {

    @Autowired
    DSLContext db;
    @Autowired
    Flyway flyway;

    @Test
    void all_migrations_apply_to_the_empty_database() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
    }

    @Test
    void the_six_regin_regions_and_at_least_thirty_other_cpmr_regions_are_seeded_across_all_commissions() {
        assertThat(db.select(REGION.NAME).from(REGION).where(REGION.NUTS_CODE.in("PT20", "ITF3", "ES51", "ES62", "ITF4", "SE224"))
                .fetch(REGION.NAME)).containsExactlyInAnyOrder(
                "Região Autónoma dos Açores", "Campania", "Catalunya", "Región de Murcia", "Puglia", "Skåne");
        assertThat(db.fetchCount(REGION)).isGreaterThanOrEqualTo(36);
        assertThat(db.selectDistinct(REGION.COMMISSION).from(REGION).fetch(REGION.COMMISSION)).containsExactlyInAnyOrder(
                "ATLANTIC_ARC", "BALKAN_BLACK_SEA", "BALTIC_SEA", "ISLANDS", "INTERMEDITERRANEAN", "NORTH_SEA");
    }

    @Test
    void names_in_any_alphabet_survive_the_round_trip() {
        assertThat(db.select(APP_USER.DISPLAY_NAME).from(APP_USER).fetch(APP_USER.DISPLAY_NAME))
                .contains("Ελένη Παπαδοπούλου", "Олена Коваленко", "Jiří Novák", "Elin Åkesson");
    }

    @Test
    void the_database_refuses_a_second_user_with_the_same_email_in_other_case() {
        long regionId = db.select(REGION.ID).from(REGION).limit(1).fetchSingle(REGION.ID);
        assertThatThrownBy(() -> db.insertInto(APP_USER)
                .set(APP_USER.EMAIL, "LEARNER@example.org").set(APP_USER.DISPLAY_NAME, "Copy")
                .set(APP_USER.REGION_ID, regionId).execute())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_database_refuses_unknown_roles_languages_and_regions() {
        long userId = db.select(APP_USER.ID).from(APP_USER).limit(1).fetchSingle(APP_USER.ID);
        assertThatThrownBy(() -> db.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, userId).set(USER_ROLE.ROLE, "KING").execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.update(APP_USER).set(APP_USER.LOCALE, "de").where(APP_USER.ID.eq(userId)).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.insertInto(APP_USER).set(APP_USER.EMAIL, "x@example.org")
                .set(APP_USER.DISPLAY_NAME, "X").set(APP_USER.REGION_ID, -1L).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.insertInto(REGION).set(REGION.NUTS_CODE, "se9x").set(REGION.NAME, "Lower")
                .set(REGION.COUNTRY_CODE, "SE").set(REGION.COMMISSION, "BALTIC_SEA").execute())
                .isInstanceOf(DataAccessException.class);
    }
}
