package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoPolymerTemplatesTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void vaadin_finds_the_template_handler_in_its_scan_instead_of_asking_the_service_loader_at_each_call() {
        Lookup lookup = new VaadinServletContext(context.getServletContext()).getAttribute(Lookup.class);

        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isInstanceOf(NoPolymerTemplates.class);
        assertThat(new NoPolymerTemplates().isTemplateModelValue(null, null, String.class)).isFalse();
    }
}
