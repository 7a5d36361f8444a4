package eu.regioacademy.studyvisits;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What staff narrow the list of visits by; null means "any". */
public record VisitFilter(@Nullable String text, @Nullable String theme, @Nullable Long hostRegionId,
                          @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String language,
                          @Nullable VisitKind kind, boolean openNow) {

    public static VisitFilter any() {
        return new VisitFilter(null, null, null, null, null, null, null, false);
    }
}
