package eu.regioacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import eu.regioacademy.training.ImportReport;

/** What a content sync did, and each skipped module's problem with file and line. */
class ImportReportDialog extends Dialog {

    ImportReportDialog(ImportReport report) {
        setHeaderTitle(getTranslation("training-admin.sync.title"));
        add(new Paragraph(getTranslation("training-admin.sync.summary", report.added(), report.updated(), report.unchanged())));
        if (report.problems().isEmpty()) {
            add(new Paragraph(getTranslation("training-admin.sync.no-problems")));
        } else {
            add(new Paragraph(getTranslation("training-admin.sync.problems", report.problems().size())));
            UnorderedList list = new UnorderedList();
            report.problems().forEach(p -> list.add(new ListItem(p.toString())));
            add(list);
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
        setWidth("min(50rem, 95vw)");
    }
}
