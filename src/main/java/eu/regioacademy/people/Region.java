package eu.regioacademy.people;

/** A member region of the network. */
public record Region(long id, String nutsCode, String name, String countryCode, Commission commission,
                     String timeZone, int version) {
}
