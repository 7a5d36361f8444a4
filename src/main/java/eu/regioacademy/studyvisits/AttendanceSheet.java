package eu.regioacademy.studyvisits;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The host's attendance register: one row per confirmed participant, one column per day. */
public record AttendanceSheet(List<LocalDate> days, List<Row> rows, boolean certificatesIssued) {

    public record Row(long applicationId, String name, String region, Set<LocalDate> present,
                      @Nullable String certificateCode) {
    }
}
