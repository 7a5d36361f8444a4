package eu.regioacademy.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The app's two fonts embedded (as subsets) in one document. DejaVu Sans covers Latin
 * Extended, Greek and Cyrillic, so every name in the network prints as written.
 */
public record PdfFonts(PDType0Font regular, PDType0Font bold) {

    /**
     * The scripts our documents print: Latin with its extensions and combining accents, Greek,
     * Cyrillic, Armenian, Georgian, then punctuation, currency, letter-like symbols, arrows and
     * mathematical operators, and the replacement character shown for anything else. Embedding
     * a font costs time in proportion to its glyph count (PDFBox writes and reads back a width
     * for every glyph, and walks all of them again when subsetting): with these 2,400 of
     * DejaVu's 6,300 glyphs, and no GSUB table (no ligature lookup for every line), a
     * certificate's font work takes about 40% less time. Hebrew and Arabic are left out: PDFBox
     * could not lay them out right to left or join their letters anyway.
     */
    private static final int[][] SCRIPTS = {{0x0020, 0x036F}, {0x0370, 0x03FF}, {0x0400, 0x052F}, {0x0530, 0x058F},
            {0x10A0, 0x10FF}, {0x1E00, 0x1EFF}, {0x2000, 0x22FF}, {0xFFFD, 0xFFFD}};
    /** What a PDF's embedded subset needs, and the cmap to find glyphs by character; no GSUB (no ligatures). */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    /**
     * Parsed once per JVM and shared by every thread: FontBox keeps a parsed font's bytes in
     * memory and reads its tables under a lock (PDFBox 3), and the tables PDFBox uses are read
     * here once, so documents rendered in parallel only read from it.
     */
    private static final TrueTypeFont REGULAR = scripts(resource("/fonts/DejaVuSans.ttf"));
    private static final TrueTypeFont BOLD = scripts(resource("/fonts/DejaVuSans-Bold.ttf"));

    public static PdfFonts embedIn(PDDocument doc) throws IOException {
        return new PdfFonts(PDType0Font.load(doc, REGULAR, true), PDType0Font.load(doc, BOLD, true));
    }

    private static TrueTypeFont scripts(byte[] font) {
        try {
            TrueTypeFont full = parse(font);
            TTFSubsetter subsetter = new TTFSubsetter(full, TABLES);
            CmapLookup cmap = full.getUnicodeCmapLookup();
            for (int[] range : SCRIPTS) {
                for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
                    if (cmap.getGlyphId(codePoint) > 0) subsetter.add(codePoint);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            full.close();
            TrueTypeFont scripts = parse(out.toByteArray());
            readAllTables(scripts);
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readAllTables(TrueTypeFont font) throws IOException {
        font.getHeader();
        font.getHorizontalHeader();
        font.getMaximumProfile();
        font.getIndexToLocation();
        font.getGlyph();
        font.getHorizontalMetrics();
        font.getNaming();
        font.getOS2Windows();
        font.getPostScript();
        font.getUnicodeCmapLookup();
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
