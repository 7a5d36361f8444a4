package eu.regioacademy.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The app's two fonts embedded (as subsets) in one document. DejaVu Sans covers Latin
 * Extended, Greek and Cyrillic, so every name in the network prints as written.
 */
public record PdfFonts(PDType0Font regular, PDType0Font bold) {

    private static final byte[] REGULAR_FONT = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD_FONT = resource("/fonts/DejaVuSans-Bold.ttf");
    /** Parsing a TrueType font costs more than a whole page; parse once per thread (fonts are not thread-safe). */
    private static final ThreadLocal<TrueTypeFont> REGULAR = ThreadLocal.withInitial(() -> parse(REGULAR_FONT));
    private static final ThreadLocal<TrueTypeFont> BOLD = ThreadLocal.withInitial(() -> parse(BOLD_FONT));

    public static PdfFonts embedIn(PDDocument doc) throws IOException {
        return new PdfFonts(PDType0Font.load(doc, REGULAR.get(), true), PDType0Font.load(doc, BOLD.get(), true));
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
