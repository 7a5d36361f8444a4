package eu.regioacademy.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 portrait pages filled from top to bottom: a block that no longer fits above the bottom
 * margin starts a new page. {@link #y()} is the top of the space still free on the page.
 */
public final class PageFlow implements AutoCloseable {

    public static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    public static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    public static final float MARGIN = 50;
    /** Room under the content for the page footer. */
    private static final float BOTTOM = MARGIN + 20;
    private static final float LINE_SPACING = 1.4f;

    private final PDDocument doc;
    private PDPageContentStream content;
    private float y;

    public PageFlow(PDDocument doc) throws IOException {
        this.doc = doc;
        this.content = startPage();
    }

    public float left() {
        return MARGIN;
    }

    public float right() {
        return PAGE_WIDTH - MARGIN;
    }

    public float width() {
        return right() - left();
    }

    public float y() {
        return y;
    }

    public PDPageContentStream content() {
        return content;
    }

    /** Starts a new page unless the height still fits; true when it started one. */
    public boolean ensure(float height) throws IOException {
        if (y - height >= BOTTOM) return false;
        newPage();
        return true;
    }

    public void newPage() throws IOException {
        content.close();
        content = startPage();
    }

    public void down(float distance) {
        y -= distance;
    }

    /** One line of text at the left margin, or indented. */
    public void line(PDType0Font font, float size, Color color, String text, float indent) throws IOException {
        ensure(size * LINE_SPACING);
        PdfText.show(content, font, size, color, PdfText.fitted(font, size, text, width() - indent), left() + indent, y - size);
        y -= size * LINE_SPACING;
    }

    /** Text wrapped to the width; a paragraph may continue on the next page. */
    public void paragraph(PDType0Font font, float size, Color color, String text, float indent) throws IOException {
        for (String line : PdfText.wrap(font, size, text, width() - indent)) {
            line(font, size, color, line, indent);
        }
    }

    /** A thin line across the width, as under a heading. */
    public void rule(Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(0.6f);
        content.moveTo(left(), y);
        content.lineTo(right(), y);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    /** Writes a footer such as "Page 2 of 5" on every page, once all pages exist. */
    public static void numberPages(PDDocument doc, PDType0Font font, BiFunction<Integer, Integer, String> label)
            throws IOException {
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfText.showRight(footer, font, 8, Color.GRAY, label.apply(i + 1, count), PAGE_WIDTH - MARGIN, MARGIN - 10);
            }
        }
    }

    private PDPageContentStream startPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        y = PAGE_HEIGHT - MARGIN;
        return new PDPageContentStream(doc, page);
    }
}
