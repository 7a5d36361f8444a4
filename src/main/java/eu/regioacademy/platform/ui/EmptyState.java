package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list or an area shows when there is nothing in it yet. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String text, Component... actions) {
        addClassName("empty-state");
        add(icon.create(), new H2(title), new Paragraph(text));
        add(actions);
    }
}
