package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A short list of rows the host adds to and removes from (agenda items, travel bands,
 * materials). Each row is a component that knows how to read its own value.
 */
class RowsEditor<T> extends Div {

    /** One editable row. */
    interface Row<T> extends Supplier<@Nullable T> {
        Component component();
    }

    private final Function<@Nullable T, Row<T>> rowFactory;
    private final List<Row<T>> rows = new ArrayList<>();
    private final Div list = new Div();

    RowsEditor(String title, String addLabel, Function<@Nullable T, Row<T>> rowFactory) {
        this.rowFactory = rowFactory;
        addClassName("rows-editor");
        list.addClassName("rows");
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H4(title), list, add);
    }

    void setValues(List<T> values) {
        rows.clear();
        list.removeAll();
        values.forEach(this::addRow);
    }

    private void addRow(@Nullable T value) {
        Row<T> row = rowFactory.apply(value);
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("editor.remove-row"));
        Div line = new Div(row.component(), remove);
        line.addClassName("row");
        remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(line);
        });
        rows.add(row);
        list.add(line);
    }

    /** The rows' values; rows left incomplete are skipped. */
    List<T> values() {
        List<T> values = new ArrayList<>();
        for (Row<T> row : rows) {
            T value = row.get();
            if (value != null) values.add(value);
        }
        return values;
    }

    int rowCount() {
        return rows.size();
    }

    @SuppressWarnings("unchecked")
    <C extends Component> C rowComponent(int index) {
        return (C) rows.get(index).component();
    }
}
