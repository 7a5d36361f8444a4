package eu.regioacademy.platform.pdf;

import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** Title, language and dates that readers and screen readers show for a generated document. */
public final class PdfMetadata {

    private PdfMetadata() {
    }

    public static void describe(PDDocument doc, String title, Locale language, ZonedDateTime created) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Regio Academy");
        info.setProducer("Regio Academy");
        info.setCreationDate(GregorianCalendar.from(created));
        doc.getDocumentCatalog().setLanguage(language.toLanguageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        // viewers show the title, not "participation-record.pdf"
        preferences.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
