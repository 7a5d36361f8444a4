package eu.regioacademy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Rows drawn as {@link LitRenderer} templates have no components for Karibu to click or read. These helpers do
 * what Flow does when the browser fires a template's event for a row (call the function registered with
 * {@code withFunction} with that row's item) and read what the template shows (its {@code withProperty} values).
 */
public final class RowTemplates {

    private RowTemplates() {
    }

    /** What a click on the row's element bound to {@code @click=${function}} runs on the server. */
    public static <T> void call(Grid<T> grid, String columnKey, String function, T item) {
        call(renderer(grid, columnKey), function, item);
    }

    public static <T> void call(Renderer<T> renderer, String function, T item) {
        SerializableBiConsumer<T, ArrayNode> callable = functions(lit(renderer)).get(function);
        if (callable == null) throw new IllegalArgumentException("no function " + function + " in the template");
        callable.accept(item, JsonNodeFactory.instance.arrayNode());
    }

    /** The value the template reads as {@code ${item.property}} for this row. */
    public static <T> Object property(Grid<T> grid, String columnKey, String property, T item) {
        return property(renderer(grid, columnKey), property, item);
    }

    public static <T> Object property(Renderer<T> renderer, String property, T item) {
        var provider = lit(renderer).getValueProviders().get(property);
        if (provider == null) throw new IllegalArgumentException("no property " + property + " in the template");
        return provider.apply(item);
    }

    private static <T> Renderer<T> renderer(Grid<T> grid, String columnKey) {
        return Objects.requireNonNull(grid.getColumnByKey(columnKey), columnKey).getRenderer();
    }

    private static <T> LitRenderer<T> lit(Renderer<T> renderer) {
        if (renderer instanceof LitRenderer<T> lit) return lit;
        throw new IllegalArgumentException("not a template: " + renderer.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, SerializableBiConsumer<T, ArrayNode>> functions(LitRenderer<T> renderer) {
        try {
            var field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            return (Map<String, SerializableBiConsumer<T, ArrayNode>>) field.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer keeps its functions elsewhere in this Vaadin version", e);
        }
    }
}
