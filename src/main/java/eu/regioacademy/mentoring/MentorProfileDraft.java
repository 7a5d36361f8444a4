package eu.regioacademy.mentoring;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a mentor says about themselves; availability is in the mentor's own time zone. */
public record MentorProfileDraft(String bio, int yearsExperience, int capacity, boolean paused, Set<String> topics,
                                 Map<String, LanguageLevel> languages, List<Window> availability) {

    public MentorProfileDraft {
        topics = Set.copyOf(topics);
        languages = Map.copyOf(languages);
        availability = List.copyOf(availability);
    }

    /** A weekly time window, e.g. Tuesdays 14:00–16:00. */
    public record Window(DayOfWeek day, LocalTime from, LocalTime until) {

        public boolean covers(DayOfWeek d, LocalTime start, LocalTime end) {
            return day == d && !start.isBefore(from) && !end.isAfter(until);
        }
    }
}
