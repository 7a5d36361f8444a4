package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One completed activity on a personal record.
 *
 * @param title           the module, visit or cycle title, or the host department of a placement
 * @param detail          the host region (visits, placements) or the partner (mentoring); empty for modules
 * @param startedOn       the first day of a visit or placement; null where it does not apply
 * @param date            when it was completed
 * @param quantity        hours (modules, mentoring), days attended (visits) or weeks (placements)
 * @param sessions        mentoring sessions held; zero for everything else
 * @param certificateCode the code of its certificate when one exists and is not revoked
 */
public record RecordItem(RecordSection section, String title, String detail, @Nullable LocalDate startedOn,
                         LocalDate date, BigDecimal quantity, int sessions, @Nullable String certificateCode) {
}
