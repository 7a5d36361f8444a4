package eu.regioacademy.privacy;

/** What an erasure changed, for the admin's confirmation and the audit detail (counts, no names). */
public record ErasureReport(long userId, int applicationsWithdrawn, int pairingsClosed, int sessionsCancelled,
                            int notesDeleted, int notificationsDeleted, int certificatesRevoked) {

    String auditDetail() {
        return "applications withdrawn " + applicationsWithdrawn + ", pairings closed " + pairingsClosed
                + ", sessions cancelled " + sessionsCancelled + ", notes deleted " + notesDeleted
                + ", notifications deleted " + notificationsDeleted + ", certificates revoked " + certificatesRevoked;
    }
}
