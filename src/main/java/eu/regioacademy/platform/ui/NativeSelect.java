package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.NativeLabel;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * A browser's own {@code <select>} for short, fixed lists (languages, kinds). Vaadin's
 * {@code Select} keeps one state node per item (and its label) in server memory for every
 * open tab, 13 nodes for six languages; this keeps one, with the options as markup inside.
 * The native control is keyboard-operable and announced by screen readers as a list box;
 * give it an accessible name with {@link #setAriaLabel(String)}. The options' values are
 * positions in the item list, so no item text is ever parsed back.
 */
@Tag("select")
public class NativeSelect<T> extends AbstractField<NativeSelect<T>, @Nullable T> implements HasStyle {

    private final List<T> items;
    private final ItemLabelGenerator<T> labels;
    private final @Nullable String emptyCaption;

    /**
     * @param emptyCaption the label of a first "no choice" option (the value null), or null for none
     */
    public NativeSelect(List<T> items, ItemLabelGenerator<T> labels, @Nullable String emptyCaption) {
        super(null);
        this.items = List.copyOf(items);
        this.labels = labels;
        this.emptyCaption = emptyCaption;
        addClassName("native-select");
        // the browser reports the chosen option's value on "change"; only that property is synchronised
        getElement().addPropertyChangeListener("value", "change", e -> {
            if (e.isUserOriginated()) setModelValue(itemAt(String.valueOf(e.getValue())), true);
            render();
        });
        render();
    }

    public void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    /**
     * This select inside a visible {@code <label>} (which names it for assistive technology),
     * styled like a Lumo field's label: the label's text is its own text node, lighter in server
     * memory than an element of markup, three state nodes in all.
     */
    public NativeLabel withLabel(String label) {
        NativeLabel field = new NativeLabel(label);
        field.addClassName("native-field");
        field.add(this);
        return field;
    }

    public List<T> getItems() {
        return items;
    }

    public String getItemLabel(T item) {
        return labels.apply(item);
    }

    @Override
    @SuppressWarnings("ConstantValue") // AbstractField may set a value before this class's fields are assigned
    protected void setPresentationValue(@Nullable T value) {
        if (items != null) render();
    }

    /** A value the list does not hold (a forged request) counts as no choice, or keeps the current one. */
    private @Nullable T itemAt(String index) {
        try {
            int i = Integer.parseInt(index);
            if (i >= 0 && i < items.size()) return items.get(i);
        } catch (NumberFormatException noChoice) {
            // "" is the empty option
        }
        return emptyCaption != null ? null : getValue();
    }

    /**
     * The options as markup (texts escaped by jsoup) with the current value marked as selected,
     * and the select's value property saying the same: whichever the browser applies first, the
     * other agrees with it.
     */
    private void render() {
        Element options = new Element("select");
        T value = getValue();
        String selected = "";
        if (emptyCaption != null) {
            Element empty = options.appendElement("option").attr("value", "").text(emptyCaption);
            if (value == null) empty.attr("selected", true);
        }
        for (int i = 0; i < items.size(); i++) {
            Element option = options.appendElement("option").attr("value", String.valueOf(i)).text(labels.apply(items.get(i)));
            if (Objects.equals(items.get(i), value)) {
                option.attr("selected", true);
                selected = String.valueOf(i);
            }
        }
        MarkupText.setHtml(this, MarkupText.inner(options));
        getElement().setProperty("value", selected);
    }
}
