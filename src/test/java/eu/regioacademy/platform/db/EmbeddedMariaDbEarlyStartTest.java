package eu.regioacademy.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedMariaDbEarlyStartTest {

    private static GenericApplicationContext contextWith(MockEnvironment environment) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(environment);
        return context;
    }

    @Test
    void the_database_starts_as_the_context_is_created_and_the_bean_gets_that_server() throws Exception {
        Path dataDir = Path.of("target", "early-start-mariadb");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("regio.embedded-db.base-dir", "target/mariadb-base")
                .withProperty("regio.embedded-db.data-dir", dataDir.toString())
                .withProperty("regio.embedded-db.fresh-start", "true")
                .withProperty("regio.embedded-db.buffer-pool-mb", "64");

        new EmbeddedMariaDbEarlyStart().initialize(contextWith(environment));

        assertThat(EmbeddedMariaDb.isStarting(dataDir)).isTrue();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(
                Path.of("target", "mariadb-base"), dataDir, true, "regio", 64));
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             ResultSet answer = connection.createStatement().executeQuery("SELECT DATABASE()")) {
            assertThat(answer.next()).isTrue();
            assertThat(answer.getString(1)).isEqualTo("regio");
        }
    }

    @Test
    void nothing_starts_when_the_embedded_database_is_off() {
        Path dataDir = Path.of("target", "early-start-off-mariadb");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("regio.embedded-db.enabled", "false")
                .withProperty("regio.embedded-db.data-dir", dataDir.toString());

        new EmbeddedMariaDbEarlyStart().initialize(contextWith(environment));

        assertThat(EmbeddedMariaDb.isStarting(dataDir)).isFalse();
    }
}
