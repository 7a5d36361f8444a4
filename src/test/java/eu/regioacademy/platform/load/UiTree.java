package eu.regioacademy.platform.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's element tree, kept from the {@code changes} of each UIDL
 * response as Vaadin's client keeps it, but only what a virtual user needs to find what to
 * click: tag, class names, properties, attributes and which DOM events the server listens to.
 */
final class UiTree {

    // Flow's node feature ids, as they appear in "feat" of a change
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int CLASS_LIST = 11;

    record Node(int id, String tag, Set<String> classes, Map<String, JsonNode> properties, Map<String, String> attributes,
                Set<String> listeners) {
        boolean hasClass(String name) {
            return classes.contains(name);
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null ? "" : text(value);
        }

        String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }
    }

    private final Map<Integer, MutableNode> nodes = new HashMap<>();

    private static final class MutableNode {
        String tag = "";
        final Set<String> classes = new HashSet<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
    }

    private final Set<Integer> attached = new HashSet<>();

    void apply(JsonNode changes) {
        attached.clear();
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.path("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                attached.remove(id);
                continue;
            }
            if (type.equals("attach")) attached.add(id);
            MutableNode node = nodes.computeIfAbsent(id, k -> new MutableNode());
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asString();
            switch (type) {
                case "put" -> {
                    if (feature == ELEMENT_DATA && key.equals("tag")) node.tag = change.path("value").asString();
                    if (feature == PROPERTIES) node.properties.put(key, change.path("value"));
                    if (feature == ATTRIBUTES) node.attributes.put(key, text(change.path("value")));
                    if (feature == LISTENERS) node.listeners.put(key, text(change.path("value")));
                }
                case "remove" -> {
                    if (feature == PROPERTIES) node.properties.remove(key);
                    if (feature == ATTRIBUTES) node.attributes.remove(key);
                    if (feature == LISTENERS) node.listeners.remove(key);
                }
                case "splice" -> {
                    if (feature == CLASS_LIST) {
                        change.path("add").forEach(c -> node.classes.add(c.asString()));
                        change.path("remove").forEach(c -> node.classes.remove(c.asString()));
                    }
                }
                case "clear" -> {
                    if (feature == CLASS_LIST) node.classes.clear();
                }
                default -> {
                }
            }
        }
    }

    /** The constant that names the event data the server wants with this event. */
    String listenerConstant(int nodeId, String event) {
        MutableNode node = nodes.get(nodeId);
        return node == null ? "" : node.listeners.getOrDefault(event, "");
    }

    /** Elements of this tag that the last response added. */
    List<Node> newlyAttached(String tag) {
        return attached.stream().map(this::node).filter(n -> n.tag().equals(tag)).toList();
    }

    private Node node(int id) {
        MutableNode n = nodes.get(id);
        return new Node(id, n.tag, Set.copyOf(n.classes), Map.copyOf(n.properties), Map.copyOf(n.attributes), Set.copyOf(n.listeners.keySet()));
    }

    Optional<Node> find(Predicate<Node> condition) {
        return all().stream().filter(condition).findFirst();
    }

    List<Node> all() {
        return nodes.keySet().stream().map(this::node).toList();
    }

    /** The paths of the side navigation's links, which the layout sends as markup inside one element. */
    List<String> navigationPaths() {
        return all().stream().filter(tag("vaadin-side-nav"))
                .flatMap(nav -> org.jsoup.Jsoup.parseBodyFragment(nav.property("innerHTML")).select("vaadin-side-nav-item").stream())
                .map(item -> item.attr("path")).toList();
    }

    /** Values can be objects (a style, a resource): those are kept as their JSON. */
    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "" : value.isValueNode() ? value.asString() : value.toString();
    }

    static Predicate<Node> tag(String tag) {
        return n -> n.tag().equals(tag);
    }
}
