package eu.regioacademy.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Galera replicates InnoDB tables only, and row-based replication needs a primary key on every
 * table (without one, deletes replicate badly and certification cannot tell rows apart).
 */
@IntegrationTest
class ClusterSchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_has_a_primary_key() {
        assertThat(jdbc.queryForList("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')""", String.class)).isEmpty();
    }

    @Test
    void every_table_is_innodb() {
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'""", String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'""", Integer.class)).isGreaterThan(50);
    }
}
