package eu.regioacademy.people;

import java.util.Locale;

/** The CPMR's geographical commissions; every member region belongs to one. */
public enum Commission {
    ATLANTIC_ARC, BALKAN_BLACK_SEA, BALTIC_SEA, ISLANDS, INTERMEDITERRANEAN, NORTH_SEA;

    public String translationKey() {
        return "commission." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
