package eu.regioacademy.platform.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser tab, speaking Vaadin's own protocol over HTTP: the bootstrap page,
 * {@code ?v-r=init}, then UIDL messages with the UI's security key, the server's sync id and
 * the client's message counter, and heartbeats. It follows up each response the way
 * Vaadin's client does where the server waits for it (a grid confirming the rows it got, a
 * virtual list asking for the rows it shows), so the server holds what it holds for a real tab.
 * Not thread-safe: one virtual user drives it.
 */
final class VirtualBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final RoundTrips trips;
    private final Map<String, String> cookies = new HashMap<>();
    private UiTree tree = new UiTree();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String securityKey = "";
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private long heartbeatNanos = Long.MAX_VALUE;
    private long lastHeartbeat;
    private String title = "";
    private String route = "";
    private @org.jspecify.annotations.Nullable String lastMessage;
    // kept only when asked for: two thousand virtual users would hold tens of megabytes of answers
    private boolean keepAnswers;
    private @org.jspecify.annotations.Nullable String lastAnswer;

    VirtualBrowser(HttpClient http, URI base, RoundTrips trips) {
        this.http = http;
        this.base = base;
        this.trips = trips;
    }

    /**
     * Signs in through the login form: the login page (and, when {@code withLoginUi}, its Vaadin
     * UI, as a browser builds it), then the form post a browser makes, then the home view.
     */
    void signIn(String email, String password, boolean withLoginUi) throws IOException, InterruptedException {
        String page = get("login");
        if (withLoginUi) startUi("login");
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) throw new ProtocolException("no CSRF token on the login page");
        // the login page's script sends the token cookie instead of the meta tag when there is one
        String token = cookies.getOrDefault("XSRF-TOKEN", csrf.group(1));
        String form = "_csrf=" + encode(token) + "&username=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> response = trips.time("sign in", () -> http.send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        keepCookies(response);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new ProtocolException("sign-in refused: " + response.statusCode() + " " + location);
        }
        open("");
    }

    /** Opens a route as typing its address does: the bootstrap page, a new UI, the first navigation. */
    void open(String route) throws IOException, InterruptedException {
        get(route);
        startUi(route);
        this.route = route;
        send("open " + label(route), navigation(route.isEmpty() ? "/" : route, ""));
    }

    /** Follows a router link (side navigation, a card): the client-side router asks the server for the view. */
    void navigate(String route) throws IOException, InterruptedException {
        this.route = route;
        send("open " + label(route), navigation(route, "client"));
    }

    /** A click on an element the server listens to, e.g. a button. */
    void click(UiTree.Node node, String action) throws IOException, InterruptedException {
        send(action, event(node, "click"));
    }

    /** Ticks a checkbox as the browser reports it: the property, then the change event. */
    void toggle(UiTree.Node checkbox, String action) throws IOException, InterruptedException {
        boolean checked = !Boolean.parseBoolean(checkbox.property("checked"));
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", checkbox.id()).put("feature", 1)
                .put("property", "checked").put("value", checked);
        send(action, event(checkbox, "checked-changed"), sync);
    }

    /** The heartbeat Vaadin's client sends on a timer while the tab is open. */
    void heartbeatIfDue() throws IOException, InterruptedException {
        if (uiId < 0 || System.nanoTime() - lastHeartbeat < heartbeatNanos) return;
        lastHeartbeat = System.nanoTime();
        HttpResponse<String> response = trips.time("heartbeat", () -> http.send(
                request("?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()));
        keepCookies(response);
        if (response.statusCode() != 200) throw new ProtocolException("heartbeat: HTTP " + response.statusCode());
    }

    UiTree tree() {
        return tree;
    }

    /** The document title the server set last, in the user's language. */
    String title() {
        return title;
    }

    /** The route last opened from this tab, as the address bar shows it. */
    String route() {
        return route;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = trips.time("bootstrap page", () -> http.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
        keepCookies(response);
        if (response.statusCode() != 200) throw new ProtocolException("GET /" + path + ": HTTP " + response.statusCode());
        return response.body();
    }

    private void startUi(String route) throws IOException, InterruptedException {
        String location = route.startsWith("/") ? route.substring(1) : route;
        HttpResponse<String> response = trips.time("init", () -> http.send(request("?v-r=init&location="
                + encode(location) + "&query=&v-wn=load&v-tzid=UTC&v-ww=1400&v-wh=900").GET().build(),
                HttpResponse.BodyHandlers.ofString()));
        keepCookies(response);
        if (response.statusCode() != 200) throw new ProtocolException("init: HTTP " + response.statusCode());
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) throw new ProtocolException("init: no UIDL in " + abbreviate(response.body()));
        uiId = config.path("v-uiId").asInt();
        heartbeatNanos = config.path("heartbeatInterval").asLong(300) * 1_000_000_000L;
        lastHeartbeat = System.nanoTime();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree = new UiTree();
        constants.clear();
        absorb(uidl);
    }

    private ObjectNode navigation(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate").set("data", data);
    }

    /** An event with the event data the server asked for when it registered the listener. */
    private ObjectNode event(UiTree.Node node, String type) {
        ObjectNode data = JSON.createObjectNode();
        JsonNode expressions = constants.get(node.listeners().contains(type) ? listenerKey(node, type) : "");
        if (expressions != null) {
            expressions.propertyNames().forEach(expression -> {
                if (expression.startsWith("event.")) {
                    if (expression.endsWith("Key")) data.put(expression, false);
                    else data.put(expression, 0);
                }
            });
        }
        return JSON.createObjectNode().put("type", "event").put("node", node.id()).put("event", type).set("data", data);
    }

    private String listenerKey(UiTree.Node node, String type) {
        return tree.listenerConstant(node.id(), type);
    }

    /** Sends one UIDL message and then what the client sends by itself in answer to the response. */
    private void send(String action, ObjectNode... invocations) throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<ObjectNode> followUps = exchange(List.of(invocations));
        for (int round = 0; !followUps.isEmpty() && round < 3; round++) {
            followUps = exchange(followUps);
        }
        trips.record(action, System.nanoTime() - started);
    }

    private List<ObjectNode> exchange(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        lastMessage = message.toString();
        String body = post(lastMessage);
        if (keepAnswers) lastAnswer = body;
        JsonNode uidl = JSON.readTree(body);
        if (uidl.isArray()) uidl = uidl.get(0);
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) throw new ProtocolException("application error: " + meta.get("appError"));
        if (meta.path("sessionExpired").asBoolean()) throw new ProtocolException("session expired");
        if (uidl.has("resynchronize") || meta.has("resynchronize")) throw new ProtocolException("resynchronize");
        if (!uidl.has("syncId")) throw new ProtocolException("UIDL without syncId: " + abbreviate(body));
        clientId++;
        if (uidl.path("clientId").asInt() != clientId) {
            throw new ProtocolException("client id " + uidl.path("clientId").asInt() + ", expected " + clientId);
        }
        syncId = uidl.path("syncId").asInt();
        return absorb(uidl);
    }

    /**
     * Sends the last UIDL message once more, as Vaadin's client does when its answer was lost, and
     * returns the server's answer with the one it gave the first time (the server must repeat it),
     * each as the JSON text that came over the wire.
     */
    String[] repeatLastMessage() throws IOException, InterruptedException {
        if (lastMessage == null || lastAnswer == null) throw new IllegalStateException("no message sent since keepAnswers()");
        return new String[] {lastAnswer, post(lastMessage)};
    }

    /** From now on the answer to the last message is kept, for {@link #repeatLastMessage()}. */
    void keepAnswers() {
        keepAnswers = true;
    }

    private String post(String message) throws IOException, InterruptedException {
        HttpResponse<String> response = trips.time("uidl", () -> http.send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString()));
        keepCookies(response);
        if (response.statusCode() != 200) throw new ProtocolException("UIDL: HTTP " + response.statusCode());
        String body = response.body();
        return body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
    }

    /** Applies a response to the tree and returns what the browser would send back without a user. */
    private List<ObjectNode> absorb(JsonNode uidl) {
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        tree.apply(uidl.path("changes"));
        List<ObjectNode> followUps = new ArrayList<>();
        for (JsonNode invocation : uidl.path("execute")) {
            String script = invocation.get(invocation.size() - 1).asString();
            if (script.contains("document.title = $0")) title = invocation.get(0).asString();
            // the grid's connector answers "confirm" with the update id, so the server can let go of older rows
            if (script.contains("$connector.confirm(") && invocation.size() >= 3) {
                int node = invocation.get(0).path("@v-node").asInt(-1);
                boolean grid = tree.find(n -> n.id() == node).map(n -> n.tag().equals("vaadin-grid")).orElse(false);
                if (grid) followUps.add(published(node, "confirmUpdate", invocation.get(1).asInt()));
            }
        }
        for (UiTree.Node list : tree.newlyAttached("vaadin-virtual-list")) {
            // the list asks for the rows in its viewport once it is rendered
            followUps.add(published(list.id(), "setViewportRange", 0, 5));
        }
        return followUps;
    }

    private ObjectNode published(int node, String method, int... args) {
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        ArrayNode values = call.putArray("templateEventMethodArgs");
        for (int arg : args) values.add(arg);
        return call.put("promise", 0);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return builder;
    }

    /** A cookie jar of one: the shared HTTP client must not mix the sessions of different users. */
    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }

    static String label(String route) {
        String path = route.startsWith("/") ? route.substring(1) : route;
        return path.isEmpty() ? "home" : path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The server answered something a browser would show as an error, or not at all as expected. */
    static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
