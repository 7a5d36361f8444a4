package eu.regioacademy.people;

import org.jspecify.annotations.Nullable;

/** What an administrator typed for a region, before the service checks it. */
public record RegionDraft(String nutsCode, String name, String countryCode, @Nullable Commission commission) {
}
