package eu.regioacademy.mentoring;

/** A mentor's profile as stored, with who they are and how many mentees they have now. */
public record MentorProfile(long userId, String name, String region, String timeZone, int version,
                            MentorProfileDraft draft, int liveMentees) {
}
