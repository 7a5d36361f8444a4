package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A box holding server-drawn SVG markup. Set as inner HTML, the browser's HTML parser puts
 * the drawing in the SVG namespace; an {@code Html} component would create its elements as
 * plain HTML, which browsers do not draw.
 */
class InlineSvg extends Div {

    InlineSvg(String svg, String className) {
        addClassName(className);
        getElement().setProperty("innerHTML", svg);
    }

    String markup() {
        return getElement().getProperty("innerHTML", "");
    }
}
