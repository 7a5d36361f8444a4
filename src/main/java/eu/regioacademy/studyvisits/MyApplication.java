package eu.regioacademy.studyvisits;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An applicant's own application, with what they can do next. */
public record MyApplication(long id, long visitId, String visitTitle, LocalDate startsOn, LocalDate endsOn,
                            VisitStatus visitStatus, ApplicationStatus status, @Nullable Integer waitlistRank,
                            @Nullable String endorsementComment, Instant appliedAt, int attendedDays,
                            boolean feedbackGiven, boolean followUpDue, boolean followUpAnswered,
                            @Nullable String certificateCode) {

    public boolean canConfirm() {
        return status == ApplicationStatus.SELECTED && visitStatus.selecting();
    }

    public boolean canWithdraw() {
        return visitStatus.selecting() && switch (status) {
            case PENDING, ENDORSED, WAITLISTED, SELECTED, CONFIRMED -> true;
            default -> false;
        };
    }

    public boolean attended() {
        return attendedDays > 0;
    }

    public boolean canGiveFeedback() {
        return visitStatus == VisitStatus.COMPLETED && attended() && !feedbackGiven;
    }

    public boolean canAnswerFollowUp() {
        return followUpDue && !followUpAnswered;
    }
}
