package eu.regioacademy.mentoring;

import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.Notifier;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a pairing: its two people act; the secretariat and the
 * coordinators of the two regions follow it (never the notes); nobody else reaches it.
 */
@Component
class MentoringAccess {

    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final PeopleQuery people;

    MentoringAccess(CurrentUser currentUser, Notifier notifier, PeopleQuery people) {
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.people = people;
    }

    SignedInUser user() {
        return currentUser.require();
    }

    /** The signed-in person, who must be the mentor or the mentee of the pairing. */
    SignedInUser requireParty(PairingRepository.PairingRow pairing) {
        SignedInUser user = user();
        if (!pairing.party(user.id())) throw new AccessDeniedException("Not one of the pair");
        return user;
    }

    boolean mayFollow(PairingRepository.PairingRow pairing) {
        SignedInUser user = user();
        if (pairing.party(user.id()) || user.has(Role.SECRETARIAT)) return true;
        return user.has(Role.COORDINATOR) && (people.regionOf(pairing.mentorId()) == user.regionId()
                || people.regionOf(pairing.menteeId()) == user.regionId());
    }

    /** Tells the other person of the pair (or both) about the pairing. */
    void tell(long userId, String eventKey, String messageKey, long pairingId, Object... params) {
        notifier.send(new NewNotification(userId, eventKey, messageKey, NewNotification.params(params),
                "mentoring/pairings/" + pairingId));
    }

    static long other(PairingRepository.PairingRow pairing, long userId) {
        return pairing.mentorId() == userId ? pairing.menteeId() : pairing.mentorId();
    }
}
