package eu.regioacademy.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pairing's page. {@code party} says whether the viewer is the mentor or the mentee;
 * everyone else (coordinators, secretariat) gets the same record with no notes.
 */
public record PairingDetails(long id, PairingStatus status, long mentorId, String mentorName, String mentorRegion,
                             String mentorTimeZone, long menteeId, String menteeName, String menteeRegion,
                             String menteeTimeZone, String goals, int score, @Nullable Instant mentorAcceptedAt,
                             @Nullable Instant menteeAcceptedAt, @Nullable String closedReason,
                             @Nullable Agreement agreement, List<Goal> goalList, List<SessionView> sessions,
                             List<MentorProfileDraft.Window> availability, Party party, boolean feedbackGiven) {

    public enum Party { MENTOR, MENTEE, OBSERVER }

    public record Agreement(String meetingRhythm, LocalDate endsOn, @Nullable Instant mentorAcceptedAt,
                            @Nullable Instant menteeAcceptedAt) {

        public boolean accepted() {
            return mentorAcceptedAt != null && menteeAcceptedAt != null;
        }
    }

    public record Goal(long id, int position, String text, int progress, @Nullable String progressNote) {
    }

    public boolean isParty() {
        return party != Party.OBSERVER;
    }
}
