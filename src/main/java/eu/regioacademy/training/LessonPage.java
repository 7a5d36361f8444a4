package eu.regioacademy.training;

import org.jspecify.annotations.Nullable;

/** One lesson, rendered to safe HTML, with its place in the module. */
public record LessonPage(String moduleCode, String moduleTitle, String slug, String title, String html,
                         int position, int lessonCount, @Nullable String previousSlug, @Nullable String nextSlug,
                         boolean done) {
}
