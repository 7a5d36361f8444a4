package eu.regioacademy.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A table drawn row by row into a {@link PageFlow}: a row that does not fit starts a new
 * page, which repeats the header. Numbers are right-aligned, other cells cut to their column.
 */
public final class PdfTable {

    public record Column(String header, float width, boolean numeric) {
    }

    private static final Color HEADER_FILL = new Color(0xE4, 0xEA, 0xF1);
    private static final Color STRIPE_FILL = new Color(0xF5, 0xF7, 0xFA);
    private static final float PADDING = 3;
    private static final float MIN_HEADER_SIZE = 5.5f;

    private final PageFlow flow;
    private final PdfFonts fonts;
    private final float size;
    private final List<Column> columns;
    private int rows;

    public PdfTable(PageFlow flow, PdfFonts fonts, float size, List<Column> columns) {
        this.flow = flow;
        this.fonts = fonts;
        this.size = size;
        this.columns = List.copyOf(columns);
    }

    private float rowHeight() {
        return size * 1.9f;
    }

    /**
     * The header, with headings wrapped within their column; a heading with a word wider than
     * its column is set smaller rather than broken inside the word.
     */
    public void header() throws IOException {
        List<List<String>> headings = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        float height = 0;
        for (Column column : columns) {
            float fitting = fittingSize(column);
            List<String> wrapped = PdfText.wrap(fonts.bold(), fitting, column.header(), column.width() - 2 * PADDING);
            headings.add(wrapped);
            sizes.add(fitting);
            height = Math.max(height, wrapped.size() * fitting * 1.25f);
        }
        height += 2 * PADDING;
        flow.ensure(height + rowHeight());
        PDPageContentStream cs = flow.content();
        fill(cs, HEADER_FILL, height);
        float x = flow.left();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            float fitting = sizes.get(c);
            float baseline = flow.y() - PADDING - fitting;
            for (String line : headings.get(c)) {
                if (column.numeric()) {
                    PdfText.showRight(cs, fonts.bold(), fitting, Color.BLACK, line, x + column.width() - PADDING, baseline);
                } else {
                    PdfText.show(cs, fonts.bold(), fitting, Color.BLACK, line, x + PADDING, baseline);
                }
                baseline -= fitting * 1.25f;
            }
            x += column.width();
        }
        flow.down(height);
    }

    private float fittingSize(Column column) throws IOException {
        float fitting = size;
        for (String word : PdfText.printable(fonts.bold(), column.header()).split(" ")) {
            while (fitting > MIN_HEADER_SIZE && PdfText.width(fonts.bold(), fitting, word) > column.width() - 2 * PADDING) {
                fitting -= 0.25f;
            }
        }
        return fitting;
    }

    public void row(List<String> cells) throws IOException {
        row(cells, false);
    }

    public void row(List<String> cells, boolean bold) throws IOException {
        if (flow.ensure(rowHeight())) header();
        PDPageContentStream cs = flow.content();
        if (rows++ % 2 == 1) fill(cs, STRIPE_FILL, rowHeight());
        var font = bold ? fonts.bold() : fonts.regular();
        float baseline = flow.y() - rowHeight() / 2 - size * 0.35f;
        float x = flow.left();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String text = PdfText.fitted(font, size, c < cells.size() ? cells.get(c) : "", column.width() - 2 * PADDING);
            if (column.numeric()) {
                PdfText.showRight(cs, font, size, Color.BLACK, text, x + column.width() - PADDING, baseline);
            } else {
                PdfText.show(cs, font, size, Color.BLACK, text, x + PADDING, baseline);
            }
            x += column.width();
        }
        flow.down(rowHeight());
    }

    private void fill(PDPageContentStream cs, Color color, float height) throws IOException {
        float width = (float) columns.stream().mapToDouble(Column::width).sum();
        cs.setNonStrokingColor(color);
        cs.addRect(flow.left(), flow.y() - height, width, height);
        cs.fill();
    }
}
