package eu.regioacademy.platform.db;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without configuration the app runs on an embedded MariaDB. Spring Boot's own DataSource,
 * Flyway and jOOQ set-up then connect to it through these connection details; the
 * {@code prod} profile turns this off and uses {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "regio.embedded-db.enabled", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean
    JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedMariaDb db) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return db.jdbcUrl();
            }
        };
    }
}
