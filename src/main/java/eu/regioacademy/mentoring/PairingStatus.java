package eu.regioacademy.mentoring;

import java.util.Locale;

/** A pairing's life: proposed → active (both accepted) → completed, or ended early, or declined. */
public enum PairingStatus {
    PROPOSED, ACTIVE, COMPLETED, ENDED, DECLINED;

    public boolean live() {
        return this == PROPOSED || this == ACTIVE;
    }

    public String translationKey() {
        return "pairing.status." + name().toLowerCase(Locale.ROOT);
    }
}
