package eu.regioacademy.privacy;

/** The person the admin found by e-mail, before confirming. */
public record PersonToErase(long id, String email, String displayName, String regionName, boolean erased) {
}
