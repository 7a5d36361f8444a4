package eu.regioacademy.participation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ledger's back-fills on a database that already holds data: a scratch database on the
 * embedded server is migrated to the version before, populated, then migrated on.
 */
@SpringBootTest
@ActiveProfiles("test")
class LedgerBackfillMigrationTest {

    static final String SCRATCH = "ledger_backfill";

    @Autowired
    DataSource dataSource;
    String scratchUrl;

    @BeforeEach
    void createScratchDatabase() throws SQLException {
        scratchUrl = url(SCRATCH);
        onServer("DROP DATABASE IF EXISTS " + SCRATCH, "CREATE DATABASE " + SCRATCH);
    }

    @AfterEach
    void dropScratchDatabase() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + SCRATCH);
    }

    @Test
    void certificates_issued_and_revoked_before_the_migration_get_their_ledger_entries_once() throws Exception {
        migrateTo("9");
        execute("INSERT INTO app_user (email, display_name, region_id) SELECT 'a@example.org', 'A', id FROM region WHERE nuts_code = 'SE224'");
        for (int i = 1; i <= 2; i++) {
            execute("INSERT INTO certificate (code, kind, holder_id, holder_name, achievement_title, workload_hours, "
                    + "achieved_on, issued_at, language, issuer, signatory, source_type, source_id, pdf, pdf_sha256"
                    + (i == 2 ? ", revoked_at, revoked_reason" : "") + ") SELECT 'CODE0000000" + i + "AB', 'MANUAL', id, 'A', "
                    + "'Title', 3.5, '2026-01-0" + i + "', '2026-01-0" + i + " 10:00:00', 'en', 'I', 'S', 'manual', " + i
                    + ", x'25', '" + "0".repeat(64) + "'" + (i == 2 ? ", '2026-02-01 09:00:00', 'error'" : "")
                    + " FROM app_user WHERE email = 'a@example.org'");
        }
        migrateTo("10");
        assertThat(rows("SELECT e.kind, e.quantity, r.nuts_code FROM participation_entry e JOIN region r ON r.id = e.region_id "
                + "WHERE e.source_type = 'certificate' ORDER BY e.source_id, e.kind"))
                .containsExactly("CERTIFICATE_ISSUED 3.5 SE224", "CERTIFICATE_ISSUED 3.5 SE224", "CERTIFICATE_REVOKED 0 SE224");
    }

    @Test
    void entries_written_before_topics_and_the_monthly_summary_get_both_from_the_migrations() throws Exception {
        migrateTo("10");
        execute("INSERT INTO app_user (email, display_name, region_id) SELECT 'a@example.org', 'A', id FROM region WHERE nuts_code = 'SE224'",
                "INSERT INTO training_module (code) VALUES ('m')",
                "INSERT INTO module_version (module_id, version_no, content_hash, estimated_minutes, pass_mark, max_attempts, "
                        + "awards_certificate, languages) SELECT id, 1, '" + "0".repeat(64) + "', 90, 80, 3, TRUE, 'en' FROM training_module",
                "INSERT INTO module_topic (module_version_id, topic) SELECT id, 'health' FROM module_version",
                "INSERT INTO module_topic (module_version_id, topic) SELECT id, 'funding' FROM module_version",
                "INSERT INTO enrolment (user_id, module_id, module_version_id, status, completed_at) "
                        + "SELECT u.id, v.module_id, v.id, 'COMPLETED', '2026-03-05 10:00:00' FROM app_user u, module_version v",
                "INSERT INTO participation_entry (user_id, region_id, kind, occurred_at, quantity, source_type, source_id) "
                        + "SELECT user_id, (SELECT region_id FROM app_user), 'MODULE_ENROLLED', '2026-02-27 10:00:00', 0, 'enrolment', id FROM enrolment",
                "INSERT INTO participation_entry (user_id, region_id, kind, occurred_at, quantity, source_type, source_id) "
                        + "SELECT user_id, (SELECT region_id FROM app_user), 'MODULE_COMPLETED', '2026-03-05 10:00:00', 1.5, 'enrolment', id FROM enrolment");
        migrateTo("12");
        assertThat(rows("SELECT kind, topics FROM participation_entry ORDER BY kind"))
                .containsExactly("MODULE_COMPLETED health,funding", "MODULE_ENROLLED health,funding");
        assertThat(rows("SELECT month, kind, CONCAT('[', topic, ']'), entries, quantity FROM participation_month ORDER BY month, kind, topic"))
                .containsExactly("2026-02-01 MODULE_ENROLLED [] 1 0", "2026-02-01 MODULE_ENROLLED [funding] 1 0",
                        "2026-02-01 MODULE_ENROLLED [health] 1 0", "2026-03-01 MODULE_COMPLETED [] 1 1.5",
                        "2026-03-01 MODULE_COMPLETED [funding] 1 1.5", "2026-03-01 MODULE_COMPLETED [health] 1 1.5");
    }

    @Test
    void the_person_year_totals_are_filled_from_the_person_months() throws Exception {
        migrateTo("19");
        execute("INSERT INTO app_user (email, display_name, region_id) SELECT 'a@example.org', 'A', id FROM region WHERE nuts_code = 'SE224'",
                "INSERT INTO participation_person_month (topic, month, region_id, user_id, entries, quantity, last_at) "
                        + "SELECT '', '2026-02-01', region_id, id, 2, 1.5, '2026-02-27 10:00:00' FROM app_user",
                "INSERT INTO participation_person_month (topic, month, region_id, user_id, entries, quantity, last_at) "
                        + "SELECT '', '2026-11-01', region_id, id, 1, 3, '2026-11-05 09:30:00' FROM app_user",
                "INSERT INTO participation_person_month (topic, month, region_id, user_id, entries, quantity, last_at) "
                        + "SELECT 'health', '2027-01-01', region_id, id, 1, 0, '2027-01-02 08:00:00' FROM app_user");
        migrateTo("20");
        assertThat(rows("SELECT CONCAT('[', topic, ']'), year, entries_01, entries_02, entries_11, quantity_02, quantity_11, "
                + "DATE_FORMAT(last_01, '%d %H:%i'), DATE_FORMAT(last_02, '%d %H:%i'), DATE_FORMAT(last_03, '%d %H:%i'), "
                + "DATE_FORMAT(last_11, '%d %H:%i'), entries_01 + entries_02 + entries_03 + entries_04 + entries_05 + entries_06 "
                + "+ entries_07 + entries_08 + entries_09 + entries_10 + entries_11 + entries_12 "
                + "FROM participation_person_year_total ORDER BY year, topic"))
                .containsExactly("[] 2026 0 2 1 1.5 3 null 27 10:00 null 05 09:30 3",
                        "[health] 2027 1 0 0 0 0 02 08:00 null null null 1");
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(scratchUrl, user(), password()).locations("classpath:db/migration").target(version)
                .load().migrate();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(scratchUrl, user(), password()); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    /** Each row as its columns joined by spaces, numbers without trailing zeros. */
    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(scratchUrl, user(), password()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    Object value = r.getObject(i);
                    columns.add(value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value));
                }
                rows.add(String.join(" ", columns));
            }
        }
        return rows;
    }

    private void onServer(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(""), user(), password()); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    private String url(String database) {
        return ((HikariDataSource) dataSource).getJdbcUrl().replaceAll("^(jdbc:mariadb://[^/]+/)[^?]*(.*)$", "$1" + database + "$2");
    }

    private String user() {
        return ((HikariDataSource) dataSource).getUsername();
    }

    private String password() {
        return ((HikariDataSource) dataSource).getPassword();
    }
}
