package eu.regioacademy.platform.load;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * A person working in the app (or, without an e-mail, someone on the {@link FloorView}
 * clicking its button): signs in, then, after thinking a while each time, follows a
 * link of the side navigation, opens the notifications with the bell, or filters the study
 * visits. After an error the person starts over with a fresh sign-in, as one would after a
 * "session expired" notice.
 */
final class VirtualUser {

    static final String STUDY_VISITS = "study-visits";

    private final VirtualBrowser browser;
    private final String email;
    private final String password;
    private final RoundTrips trips;
    private final Random random;
    private final long meanThinkMillis;
    private String action = "";

    VirtualUser(VirtualBrowser browser, @org.jspecify.annotations.Nullable String email, String password, RoundTrips trips, long seed, long meanThinkMillis) {
        this.browser = browser;
        this.email = email;
        this.password = password;
        this.trips = trips;
        this.random = new Random(seed);
        this.meanThinkMillis = meanThinkMillis;
    }

    /** Signs in (telling when it first succeeded) and works until told to stop. */
    void work(BooleanSupplier keepGoing, Runnable firstSignIn) throws InterruptedException {
        boolean signedIn = false;
        boolean everSignedIn = false;
        while (keepGoing.getAsBoolean()) {
            action = "sign in";
            try {
                if (!signedIn) {
                    if (email == null) browser.open(FloorView.ROUTE);
                    else browser.signIn(email, password, true);
                    signedIn = true;
                    if (!everSignedIn) firstSignIn.run();
                    everSignedIn = true;
                } else {
                    browser.heartbeatIfDue();
                    next();
                }
            } catch (IOException e) {
                trips.error(action, e);
                signedIn = false;
            }
            think(keepGoing);
        }
    }

    /** One step of work, named in {@link #action} before it starts, for the error count. */
    private void next() throws IOException, InterruptedException {
        var tree = browser.tree();
        var floorButton = tree.find(n -> n.hasClass("floor-button"));
        if (floorButton.isPresent()) {
            if (random.nextBoolean()) {
                action = "click floor button";
                browser.click(floorButton.get(), action);
            } else {
                action = "open " + FloorView.ROUTE;
                browser.navigate(FloorView.ROUTE);
            }
            return;
        }
        var checkbox = tree.find(UiTree.tag("vaadin-checkbox"));
        if (VirtualBrowser.label(browser.route()).equals(STUDY_VISITS) && checkbox.isPresent() && random.nextBoolean()) {
            action = "filter study visits";
            browser.toggle(checkbox.get(), action);
            return;
        }
        var bell = tree.find(n -> n.hasClass("notification-bell"));
        if (bell.isPresent() && random.nextInt(8) == 0) {
            action = "click bell";
            browser.click(bell.get(), action);
            return;
        }
        List<String> links = tree.navigationPaths().stream().filter(p -> !p.isEmpty()).sorted().toList();
        action = "open";
        if (links.isEmpty()) throw new VirtualBrowser.ProtocolException("no side navigation on " + browser.title());
        String route = links.get(random.nextInt(links.size()));
        action = "open " + VirtualBrowser.label(route);
        browser.navigate(route);
    }

    /** Exponential think time, as between independent clicks; cut at five times the mean. */
    private void think(BooleanSupplier keepGoing) throws InterruptedException {
        long millis = (long) Math.min(-Math.log(1 - random.nextDouble()) * meanThinkMillis, 5.0 * meanThinkMillis);
        long until = System.currentTimeMillis() + millis;
        while (keepGoing.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(Math.min(1000, Math.max(1, until - System.currentTimeMillis())));
        }
    }
}
