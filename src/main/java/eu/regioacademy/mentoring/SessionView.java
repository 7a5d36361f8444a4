package eu.regioacademy.mentoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A session; notes and agreed actions are filled only for the two people of the pairing. */
public record SessionView(long id, Instant startsAt, Instant endsAt, String location, SessionStatus status,
                          @Nullable String cancelReason, @Nullable String notes, @Nullable String agreedActions) {
}
