package eu.regioacademy.studyvisits;

import org.jspecify.annotations.Nullable;

/** One participant's feedback on a visit and, from three months on, what they applied; shown to hosts without names. */
public record FeedbackAnswer(int rating, String learned, String willApply, @Nullable String applied) {
}
