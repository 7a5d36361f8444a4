package eu.regioacademy.mentoring;

import java.util.List;

/** A mentor suggested for a mentee, with the score and its reasons. */
public record Suggestion(long mentorId, String mentorName, String mentorRegion, String bio, int score,
                         List<Reason> reasons) {
}
