package eu.regioacademy.training;

import org.jspecify.annotations.Nullable;

/**
 * What a learner narrows the catalogue to.
 *
 * @param maxMinutes modules of at most this many minutes; null for any length
 */
public record CatalogFilter(String search, @Nullable String topic, @Nullable String language,
                            @Nullable Integer maxMinutes) {

    public static CatalogFilter none() {
        return new CatalogFilter("", null, null, null);
    }
}
