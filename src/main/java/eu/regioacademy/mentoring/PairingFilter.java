package eu.regioacademy.mentoring;

import org.jspecify.annotations.Nullable;

/** Which pairings a list shows; the service narrows it to what the viewer may see. */
public record PairingFilter(@Nullable Long cycleId, boolean quietOnly, boolean liveOnly) {

    public static PairingFilter all() {
        return new PairingFilter(null, false, false);
    }
}
