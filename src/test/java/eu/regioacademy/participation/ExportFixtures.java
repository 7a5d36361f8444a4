package eu.regioacademy.participation;

import eu.regioacademy.people.Commission;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/** Ledger lines and regions with the names that break careless exports, shared by the CSV and XLSX tests. */
final class ExportFixtures {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static final List<String> ENTRY_HEADERS = List.of("Zeitpunkt", "Person", "Region", "NUTS", "Art", "Menge",
            "Themen", "Quelle", "Quell-ID");
    static final List<String> REGION_HEADERS = List.of("Region", "NUTS", "Land", "Kommission", "Personen", "Einträge",
            "Schulungsstunden", "Module abgeschlossen", "Besuchstage", "Austauschwochen", "Zertifikate");

    static final ExportLabels LABELS = new ExportLabels(ENTRY_HEADERS, REGION_HEADERS,
            kind -> "Art " + kind.name().toLowerCase(Locale.ROOT), commission -> "Kommission " + commission.ordinal(),
            BRUSSELS);

    /** In winter, 08:30 UTC is 09:30 in Brussels. */
    static final LedgerLine WINTER = line(1, "2026-01-14T08:30:00Z", "Lund, Anna", "Skåne", "SE224",
            ParticipationKind.MODULE_COMPLETED, "6.50", "Reception, \"first days\"", "training");
    /** In summer, 06:15 UTC is 08:15 in Brussels. */
    static final LedgerLine SUMMER = line(2, "2026-07-01T06:15:42Z", "Νίκος Παπαδόπουλος", "Περιφέρεια Κρήτης",
            "EL43", ParticipationKind.VISIT_ATTENDED, "2", "Line one\r\nline two\nline three", "study-visit");
    static final LedgerLine FORMULA = line(3, "2026-03-02T12:00:00Z", "=HYPERLINK(\"http://evil.example\",\"x\")",
            "@Region", "-1", ParticipationKind.CERTIFICATE_REVOKED, "-1", "+topic", "\tcertificate");
    static final List<LedgerLine> LINES = List.of(WINTER, SUMMER, FORMULA);

    static final RegionActivity SKANE = new RegionActivity(7, "Skåne, Sweden", "SE224", "SE", Commission.BALTIC_SEA,
            55.6, 13.0, 12, 40, new BigDecimal("123.50"), 9, new BigDecimal("4"), new BigDecimal("0.5"), 3);
    static final RegionActivity CRETE = new RegionActivity(8, "Περιφέρεια \"Κρήτης\"", "EL43", "GR", Commission.ISLANDS,
            null, null, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    static final List<RegionActivity> REGIONS = List.of(SKANE, CRETE);

    private ExportFixtures() {
    }

    static LedgerLine line(long id, String occurredAt, String person, String region, String nuts, ParticipationKind kind,
                           String quantity, String topics, String source) {
        return new LedgerLine(id, Instant.parse(occurredAt), 100 + id, person, region, nuts, kind, new BigDecimal(quantity),
                topics, source, 1000 + id);
    }

    /** Ledger lines made one at a time, the way a database cursor hands them out. */
    static Iterator<LedgerLine> generated(int count, Runnable halfway) {
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public LedgerLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (made == count / 2) {
                    halfway.run();
                }
                made++;
                return line(made, "2026-05-01T10:00:00Z", "Person " + made, "Region " + made % 40,
                        "XX" + made % 40, ParticipationKind.values()[made % ParticipationKind.values().length],
                        made % 7 + ".25", "Topic " + made % 13, "training");
            }
        };
    }
}
