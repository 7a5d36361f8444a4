package eu.regioacademy.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/**
 * "My data": the two downloads of a person's own data. Both addresses serve only the signed-in
 * person (the services take no user id), so the links are the same for everyone.
 */
@Route(value = "my-data", layout = MainLayout.class)
@PermitAll
public class MyDataView extends Main implements HasDynamicTitle {

    /** Served by the privacy feature's controller and by the participation record's. */
    static final String JSON = "reports/my-data.json";
    static final String PDF = "reports/my-participation.pdf";

    final Anchor json = download(JSON, "my-data.json", "my-data.download-json", VaadinIcon.CODE);
    final Anchor pdf = download(PDF + "?lang=" + getLocale().getLanguage(), "participation-record.pdf",
            "my-data.download-pdf", VaadinIcon.FILE_TEXT_O);

    public MyDataView() {
        addClassNames("view", "my-data-view");
        add(new Paragraph(getTranslation("my-data.intro")),
                section("my-data.json.title", "my-data.json.text", json),
                section("my-data.pdf.title", "my-data.pdf.text", pdf),
                new Paragraph(getTranslation("my-data.erasure")));
    }

    private Section section(String title, String text, Anchor link) {
        Section section = new Section(new H2(getTranslation(title)), new Paragraph(getTranslation(text)), link);
        section.addClassName("my-data-section");
        return section;
    }

    private Anchor download(String href, String fileName, String label, VaadinIcon icon) {
        Anchor anchor = new Anchor(href, getTranslation(label));
        anchor.getElement().insertChild(0, icon.create().getElement());
        anchor.getElement().setAttribute("download", fileName);
        // a file download, not a view: the router leaves it to the browser
        anchor.setRouterIgnore(true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.title") + " · " + getTranslation("app.name");
    }
}
