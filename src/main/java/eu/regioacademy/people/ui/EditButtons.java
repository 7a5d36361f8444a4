package eu.regioacademy.people.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A row's edit button drawn by the browser, not a component per row (its state nodes, listener and
 * tooltip were kept per open tab): a real button (focusable, Enter and Space work), named for screen
 * readers and by its title.
 */
final class EditButtons {

    private EditButtons() {
    }

    static <T> LitRenderer<T> of(ValueProvider<T, String> name, SerializableConsumer<T> edit) {
        return LitRenderer.<T>of("<vaadin-button theme=\"tertiary icon\" aria-label=\"${item.label}\""
                        + " title=\"${item.label}\" @click=\"${edit}\"><vaadin-icon icon=\"vaadin:edit\"></vaadin-icon>"
                        + "</vaadin-button>")
                .withProperty("label", name)
                .withFunction("edit", edit);
    }
}
