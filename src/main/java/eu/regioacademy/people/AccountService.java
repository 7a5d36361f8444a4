package eu.regioacademy.people;

import jakarta.annotation.security.PermitAll;
import eu.regioacademy.platform.i18n.LocalePreferenceStore;
import eu.regioacademy.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own account: signing in (with throttling of repeated failures) and their
 * preferences.
 */
@Service
public class AccountService implements UserDetailsService, LocalePreferenceStore {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserQuery userQuery;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(UserQuery userQuery, UserRepository users, CurrentUser currentUser, Clock clock) {
        this.userQuery = userQuery;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // Spring Security asks before anyone is signed in
    @PermitAll
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return userQuery.findForSignIn(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    // acts on the signed-in user only
    @PermitAll
    @Override
    @Transactional
    public void saveLanguageOfCurrentUser(Locale locale) {
        currentUser.find().ifPresent(user -> users.setLocale(user.id(), locale.getLanguage()));
    }

    // sign-in events, published by Spring Security itself
    @PermitAll
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(Locale.ROOT);
        users.recordFailedLogin(email, FAILURES_BEFORE_LOCK, clock.instant().plus(LOCK_DURATION));
    }

    @PermitAll
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
