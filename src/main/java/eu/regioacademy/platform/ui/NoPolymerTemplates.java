package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Says what is true here: no component is a Polymer template, so no argument sent from the
 * browser is a template model value. Vaadin asks its lookup for this handler at every call from
 * the browser that carries arguments (a grid asking for rows, for one); without an implementation
 * in the scanned packages that lookup goes to {@code ServiceLoader} each time (every jar's
 * {@code META-INF/services}), which cost a few percent of the server's CPU under load. Vaadin finds
 * this class by its class-path scan, so it is answered from the lookup's map instead.
 */
public class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        throw new UnsupportedOperationException("no Polymer templates in this application");
    }
}
