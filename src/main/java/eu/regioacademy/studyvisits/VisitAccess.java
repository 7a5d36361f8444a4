package eu.regioacademy.studyvisits;

import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may host: the secretariat for any region, a coordinator for their own region only.
 * Checked on every host action, whatever id a request carries.
 */
@Component
class VisitAccess {

    private final CurrentUser currentUser;

    VisitAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    SignedInUser user() {
        return currentUser.require();
    }

    static boolean canHost(SignedInUser user, long hostRegionId) {
        return user.has(Role.SECRETARIAT) || (user.has(Role.COORDINATOR) && user.regionId() == hostRegionId);
    }

    SignedInUser requireHost(long hostRegionId) {
        SignedInUser user = user();
        if (!canHost(user, hostRegionId)) throw new AccessDeniedException("Not a host of region " + hostRegionId);
        return user;
    }
}
