package eu.regioacademy.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a backup must carry over, read from a live database with plain JDBC: every table's row
 * count and {@code CHECKSUM TABLE}, the names of its triggers, routines, views and events, and
 * each certificate's code and stored SHA-256. Two snapshots are equal when a restore lost nothing.
 */
record DatabaseSnapshot(Map<String, TableFigures> tables, TreeSet<String> triggers, TreeSet<String> routines,
                        TreeSet<String> views, TreeSet<String> events, List<IssuedCertificate> certificates) {

    record TableFigures(long rows, long checksum) {
    }

    record IssuedCertificate(String code, String sha256, boolean revoked) {
    }

    static DatabaseSnapshot of(String jdbcUrl, String schema) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
             Statement statement = connection.createStatement()) {
            Map<String, TableFigures> tables = new TreeMap<>();
            for (String table : names(statement, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + schema + "' AND TABLE_TYPE = 'BASE TABLE'")) {
                long rows = single(statement, "SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`");
                long checksum;
                try (ResultSet rs = statement.executeQuery("CHECKSUM TABLE `" + schema + "`.`" + table + "` EXTENDED")) {
                    rs.next();
                    checksum = rs.getLong(2);
                }
                tables.put(table, new TableFigures(rows, checksum));
            }
            List<IssuedCertificate> certificates = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT code, pdf_sha256, revoked_at IS NOT NULL FROM `" + schema
                    + "`.certificate ORDER BY id")) {
                while (rs.next()) certificates.add(new IssuedCertificate(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
            return new DatabaseSnapshot(tables,
                    names(statement, "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '" + schema + "'"),
                    names(statement, "SELECT CONCAT(ROUTINE_TYPE, ' ', ROUTINE_NAME) FROM information_schema.ROUTINES"
                            + " WHERE ROUTINE_SCHEMA = '" + schema + "'"),
                    names(statement, "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = '" + schema + "'"),
                    names(statement, "SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '" + schema + "'"),
                    List.copyOf(certificates));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + schema + " at " + jdbcUrl, e);
        }
    }

    long rowsOf(String table) {
        return tables.get(table).rows();
    }

    private static TreeSet<String> names(Statement statement, String sql) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
