package eu.regioacademy.studyvisits;

import org.jspecify.annotations.Nullable;

/** Search of the hosting catalogue; null means "any". */
public record OfferFilter(@Nullable String text, @Nullable String theme, @Nullable Long regionId,
                          @Nullable String language) {
}
