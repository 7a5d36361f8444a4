package eu.regioacademy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The study visit, mentoring and exchange generators at a hundredth of network size: the
 * counts asked for, rows consistent with each other, ledger entries matching their source
 * rows, and certificates only for what was achieved. Rolled back like every integration test.
 */
@IntegrationTest
class ScaleDataFeaturesTest {

    private static final ScaleSize SIZE = ScaleSize.network().dividedBy(100);

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    DSLContext db;

    @Test
    void generates_visits_mentoring_and_exchanges_with_their_ledger_entries_and_certificates() {
        long visits = maxId("study_visit");
        long applications = maxId("visit_application");
        long pairings = maxId("mentoring_pairing");
        long sessions = maxId("mentoring_session");
        long placements = maxId("placement");
        long allocations = maxId("exchange_allocation");
        long certificates = maxId("certificate");

        generator.generate(SIZE, 7);

        assertThat(count("SELECT COUNT(*) FROM study_visit WHERE id > ?", visits)).isEqualTo(SIZE.visits());
        assertThat(count("SELECT COUNT(*) FROM visit_application WHERE id > ?", applications))
                .isEqualTo(SIZE.visitApplications());
        assertThat(count("SELECT COUNT(*) FROM mentoring_pairing WHERE id > ?", pairings)).isEqualTo(SIZE.pairings());
        assertThat(count("SELECT COUNT(*) FROM mentoring_session WHERE id > ?", sessions)).isEqualTo(SIZE.sessions());
        assertThat(count("SELECT COUNT(*) FROM placement WHERE id > ?", placements)).isEqualTo(SIZE.placements());
        assertThat(count("SELECT COUNT(DISTINCT host_region_id) FROM study_visit WHERE id > ?", visits))
                .isGreaterThan(SIZE.visits() / 2);

        // study visits: attendance exactly for the confirmed participants of completed visits
        String confirmedOfCompleted = "FROM visit_application a JOIN study_visit v ON v.id = a.visit_id"
                + " WHERE a.id > ? AND v.status = 'COMPLETED' AND a.status = 'CONFIRMED'";
        assertThat(count("SELECT COUNT(*) " + confirmedOfCompleted, applications)).isPositive();
        assertThat(count("SELECT COUNT(*) " + confirmedOfCompleted
                + " AND NOT EXISTS (SELECT 1 FROM visit_attendance t WHERE t.application_id = a.id)", applications)).isZero();
        assertThat(count("SELECT COUNT(*) FROM visit_attendance t JOIN visit_application a ON a.id = t.application_id"
                + " JOIN study_visit v ON v.id = a.visit_id WHERE a.id > ?"
                + " AND (a.status <> 'CONFIRMED' OR v.status <> 'COMPLETED' OR t.day NOT BETWEEN v.starts_on AND v.ends_on"
                + " OR t.recorded_by <> v.created_by)", applications)).isZero();
        assertThat(count("SELECT COUNT(*) FROM visit_application a JOIN study_visit v ON v.id = a.visit_id"
                + " WHERE a.id > ? AND a.place_no > v.capacity", applications)).isZero();
        assertThat(count("SELECT COUNT(*) FROM study_visit WHERE id > ? AND status IN ('OPEN', 'SELECTION', 'CONFIRMED')"
                + " AND starts_on <= CURRENT_DATE", visits)).isZero();

        // mentoring: no mentor over capacity, every booked session booked for both people
        assertThat(count("SELECT COUNT(*) FROM mentor_profile m JOIN (SELECT mentor_id, COUNT(*) n FROM mentoring_pairing"
                + " WHERE status IN ('PROPOSED', 'ACTIVE') GROUP BY mentor_id) l ON l.mentor_id = m.user_id"
                + " WHERE l.n > m.capacity")).isZero();
        assertThat(count("SELECT COUNT(DISTINCT p.mentor_id) FROM mentoring_pairing p WHERE p.id > ? AND NOT EXISTS"
                + " (SELECT 1 FROM user_role r WHERE r.user_id = p.mentor_id AND r.role = 'MENTOR')", pairings)).isZero();
        String slots = "TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at) / 15";
        assertThat(count("SELECT COUNT(*) FROM mentoring_session s JOIN mentoring_pairing p ON p.id = s.pairing_id"
                + " WHERE s.id > ? AND s.status IN ('HELD', 'PLANNED') AND ("
                + "(SELECT COUNT(*) FROM mentoring_booking b WHERE b.session_id = s.id AND b.user_id = p.mentor_id) <> " + slots
                + " OR (SELECT COUNT(*) FROM mentoring_booking b WHERE b.session_id = s.id AND b.user_id = p.mentee_id) <> "
                + slots + ")", sessions)).isZero();
        assertThat(count("SELECT COUNT(*) FROM mentoring_booking b JOIN mentoring_session s ON s.id = b.session_id"
                + " WHERE s.id > ? AND s.status = 'CANCELLED'", sessions)).isZero();
        assertThat(count("SELECT COUNT(*) FROM mentoring_session WHERE id > ? AND status = 'HELD'", sessions)).isPositive();

        // the ledger: one entry per person and source row, as the services write them
        assertThat(count("SELECT COUNT(*) FROM participation_entry WHERE kind = 'VISIT_ATTENDED'"
                + " AND source_type = 'visit_application' AND source_id > ?", applications))
                .isEqualTo(count("SELECT COUNT(DISTINCT application_id) FROM visit_attendance WHERE application_id > ?",
                        applications));
        assertThat(count("SELECT COALESCE(SUM(quantity), 0) FROM participation_entry WHERE kind = 'VISIT_ATTENDED'"
                + " AND source_type = 'visit_application' AND source_id > ?", applications))
                .isEqualTo(count("SELECT COUNT(*) FROM visit_attendance WHERE application_id > ?", applications));
        assertThat(count("SELECT COUNT(*) FROM participation_entry WHERE kind = 'VISIT_FOLLOW_UP_ANSWERED'"
                + " AND source_type = 'visit_application' AND source_id > ?", applications))
                .isEqualTo(count("SELECT COUNT(*) FROM visit_follow_up WHERE application_id > ?", applications));
        assertThat(count("SELECT COUNT(*) FROM participation_entry e JOIN mentoring_session s ON s.id = e.source_id"
                + " JOIN mentoring_pairing p ON p.id = s.pairing_id WHERE e.kind = 'MENTORING_SESSION_HELD' AND s.id > ?"
                + " AND s.status = 'HELD' AND e.occurred_at = s.starts_at"
                + " AND e.quantity = ROUND(TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at) / 60, 2)"
                + " AND ((e.source_type = 'mentoring_session_mentee' AND e.user_id = p.mentee_id)"
                + " OR (e.source_type = 'mentoring_session_mentor' AND e.user_id = p.mentor_id))", sessions))
                .isEqualTo(2 * count("SELECT COUNT(*) FROM mentoring_session WHERE id > ? AND status = 'HELD'", sessions))
                .isEqualTo(count("SELECT COUNT(*) FROM participation_entry WHERE kind = 'MENTORING_SESSION_HELD'"
                        + " AND source_type LIKE 'mentoring_session_%' AND source_id > ?", sessions));
        assertThat(count("SELECT COUNT(*) FROM participation_entry e JOIN mentoring_pairing p ON p.id = e.source_id"
                + " WHERE e.kind = 'MENTORING_COMPLETED' AND p.id > ? AND p.status = 'COMPLETED'"
                + " AND e.occurred_at = p.closed_at AND e.quantity = (SELECT ROUND(COALESCE(SUM(TIMESTAMPDIFF(MINUTE,"
                + " s.starts_at, s.ends_at)), 0) / 60, 2) FROM mentoring_session s WHERE s.pairing_id = p.id"
                + " AND s.status = 'HELD')", pairings))
                .isEqualTo(2 * count("SELECT COUNT(*) FROM mentoring_pairing WHERE id > ? AND status = 'COMPLETED'", pairings))
                .isEqualTo(count("SELECT COUNT(*) FROM participation_entry WHERE kind = 'MENTORING_COMPLETED'"
                        + " AND source_type LIKE 'mentoring_pairing_%' AND source_id > ?", pairings))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM participation_entry e JOIN exchange_allocation a ON a.id = e.source_id"
                + " WHERE e.kind = 'EXCHANGE_COMPLETED' AND e.source_type = 'exchange_allocation' AND a.id > ?"
                + " AND e.user_id = a.participant_id", allocations))
                .isEqualTo(count("SELECT COUNT(*) FROM exchange_report WHERE allocation_id > ?"
                        + " AND sending_signed_by IS NOT NULL AND host_signed_by IS NOT NULL", allocations))
                .isPositive();

        // certificates: of each feature's kinds, and each for an achievement its ledger holds
        for (String kind : new String[] {"STUDY_VISIT", "MENTEE_COMPLETION", "MENTOR_RECOGNITION", "EXCHANGE_PLACEMENT"}) {
            assertThat(count("SELECT COUNT(*) FROM certificate WHERE id > ? AND kind = '" + kind + "'", certificates))
                    .as(kind).isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM certificate c WHERE c.id > ? AND c.kind IN ('STUDY_VISIT',"
                + " 'MENTEE_COMPLETION', 'MENTOR_RECOGNITION', 'EXCHANGE_PLACEMENT') AND NOT EXISTS (SELECT 1"
                + " FROM participation_entry e WHERE e.source_type = c.source_type AND e.source_id = c.source_id"
                + " AND e.user_id = c.holder_id AND e.kind IN ('VISIT_ATTENDED', 'MENTORING_COMPLETED',"
                + " 'EXCHANGE_COMPLETED'))", certificates)).isZero();
        assertThat(count("SELECT COUNT(*) FROM certificate WHERE id > ? AND kind = 'EXCHANGE_PLACEMENT'"
                + " AND details IS NULL", certificates)).isZero();
    }

    private long maxId(String table) {
        Long max = db.fetchSingle("SELECT MAX(id) FROM " + table).get(0, Long.class);
        return max == null ? 0 : max;
    }

    private long count(String sql, Object... binds) {
        Long n = db.fetchSingle(sql, binds).get(0, Long.class);
        return n == null ? 0 : n;
    }
}
