package eu.regioacademy.mentoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pairing as lists show it, to the two people, their coordinators and the secretariat:
 * that sessions happen and goals progress, never what was said.
 */
public record PairingSummary(long id, String cycle, long mentorId, String mentorName, String mentorRegion, String menteeName,
                             String menteeRegion, PairingStatus status, int score, int sessionsHeld,
                             @Nullable Instant lastSessionAt, @Nullable Instant nextSessionAt, int goalProgress,
                             boolean quiet) {
}
