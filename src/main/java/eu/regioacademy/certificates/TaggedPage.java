package eu.regioacademy.certificates;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A one-page tagged PDF: every piece of content is either a structure element (heading,
 * paragraph, figure with alternative text) in reading order, or marked as an artifact, so
 * screen readers read the certificate as text in its language.
 */
final class TaggedPage {

    interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private final PDPage page;
    private final PDPageContentStream content;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final COSArray parents = new COSArray();
    private int mcid;

    TaggedPage(PDDocument doc, PDPage page, PDPageContentStream content, String language, String title) {
        this.page = page;
        this.content = content;
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setStructureTreeRoot(root);
        document = new PDStructureElement("Document", root);
        document.setTitle(title);
        document.setLanguage(language);
        root.appendKid(document);
        page.setStructParents(0);
    }

    void element(String type, Drawing drawing) throws IOException {
        add(new PDStructureElement(type, document), type, drawing);
    }

    void figure(String alternativeText, Drawing drawing) throws IOException {
        PDStructureElement figure = new PDStructureElement("Figure", document);
        figure.setAlternateDescription(alternativeText);
        add(figure, "Figure", drawing);
    }

    /** Decoration that carries no meaning (frame, coloured band). */
    void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw(content);
        content.endMarkedContent();
    }

    private void add(PDStructureElement element, String type, Drawing drawing) throws IOException {
        element.setPage(page);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
        drawing.draw(content);
        content.endMarkedContent();
        element.appendKid(Integer.valueOf(mcid));
        document.appendKid(element);
        parents.add(element);
        mcid++;
    }

    /** Links the page's marked content back to the structure (the parent tree). */
    void finish() {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(Map.of(0, new PDParentTreeValue(parents)));
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(1);
    }
}
