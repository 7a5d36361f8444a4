package eu.regioacademy.platform.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling per client address, next to the per-account lock on {@code app_user}:
 * many failures from one address (trying many accounts, each below its own limit) block that
 * address for a while. Counted in the database, so it holds across instances.
 */
@Component
public class SignInThrottle {

    private final SignInThrottleRepository throttles;
    private final Clock clock;
    private final int failuresPerAddress;
    private final Duration window;
    private final Duration block;

    SignInThrottle(SignInThrottleRepository throttles, Clock clock,
                   @Value("${regio.security.sign-in.address-failures:20}") int failuresPerAddress,
                   @Value("${regio.security.sign-in.address-window:15m}") Duration window,
                   @Value("${regio.security.sign-in.address-block:15m}") Duration block) {
        this.throttles = throttles;
        this.clock = clock;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
        this.block = block;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String clientAddress) {
        return throttles.blockedUntil(clientAddress, clock.instant()).isPresent();
    }

    /** Any failed sign-in (wrong password, unknown or locked account) counts against the address. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            recordFailure(details.getRemoteAddress());
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String clientAddress) {
        var now = clock.instant();
        throttles.recordFailure(clientAddress, now, window, failuresPerAddress, block);
        throttles.forgetOlderThan(now.minus(Duration.ofDays(1)), now);
    }
}
