package eu.regioacademy.participation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ledger back-fill on a database that already holds certificates: a scratch database
 * on the embedded server is migrated to the version before, populated, then migrated on.
 */
@SpringBootTest
@ActiveProfiles("test")
class LedgerBackfillMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void certificates_issued_and_revoked_before_the_migration_get_their_ledger_entries_once() throws Exception {
        String appUrl = ((HikariDataSource) dataSource).getJdbcUrl();
        String serverUrl = appUrl.replaceAll("^(jdbc:mariadb://[^/]+/)[^?]*(.*)$", "$1$2");
        String scratchUrl = appUrl.replaceAll("^(jdbc:mariadb://[^/]+/)[^?]*(.*)$", "$1ledger_backfill$2");
        String user = ((HikariDataSource) dataSource).getUsername();
        String password = ((HikariDataSource) dataSource).getPassword();
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS ledger_backfill");
            s.execute("CREATE DATABASE ledger_backfill");
        }
        try {
            Flyway.configure().dataSource(scratchUrl, user, password).locations("classpath:db/migration").target("9").load().migrate();
            try (Connection c = DriverManager.getConnection(scratchUrl, user, password); Statement s = c.createStatement()) {
                s.execute("INSERT INTO app_user (email, display_name, region_id) SELECT 'a@example.org', 'A', id FROM region WHERE nuts_code = 'SE224'");
                for (int i = 1; i <= 2; i++) {
                    s.execute("INSERT INTO certificate (code, kind, holder_id, holder_name, achievement_title, workload_hours, "
                            + "achieved_on, issued_at, language, issuer, signatory, source_type, source_id, pdf, pdf_sha256"
                            + (i == 2 ? ", revoked_at, revoked_reason" : "") + ") SELECT 'CODE0000000" + i + "AB', 'MANUAL', id, 'A', "
                            + "'Title', 3.5, '2026-01-0" + i + "', '2026-01-0" + i + " 10:00:00', 'en', 'I', 'S', 'manual', " + i
                            + ", x'25', '" + "0".repeat(64) + "'" + (i == 2 ? ", '2026-02-01 09:00:00', 'error'" : "")
                            + " FROM app_user WHERE email = 'a@example.org'");
                }
            }
            Flyway.configure().dataSource(scratchUrl, user, password).locations("classpath:db/migration").target("10").load().migrate();
            List<String> entries = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(scratchUrl, user, password); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT e.kind, e.quantity, r.nuts_code FROM participation_entry e "
                         + "JOIN region r ON r.id = e.region_id WHERE e.source_type = 'certificate' ORDER BY e.source_id, e.kind")) {
                while (r.next()) entries.add(r.getString(1) + " " + r.getBigDecimal(2).stripTrailingZeros().toPlainString() + " " + r.getString(3));
            }
            assertThat(entries).containsExactly("CERTIFICATE_ISSUED 3.5 SE224", "CERTIFICATE_ISSUED 3.5 SE224",
                    "CERTIFICATE_REVOKED 0 SE224");
        } finally {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS ledger_backfill");
            }
        }
    }
}
