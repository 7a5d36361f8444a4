package eu.regioacademy.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/** Measuring, cutting, wrapping and showing single lines of text. */
public final class PdfText {

    private static final String REPLACEMENT = "\uFFFD";

    private PdfText() {
    }

    /**
     * The text as one line the font can show: line breaks and tabs become spaces, and a
     * character without a glyph (say a Chinese name) becomes � instead of failing the document.
     */
    public static String printable(PDType0Font font, String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            String character = Character.toString(cp);
            out.append(canShow(font, character) ? character : REPLACEMENT);
        });
        return out.toString();
    }

    private static boolean canShow(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    public static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    public static void show(PDPageContentStream cs, PDType0Font font, float size, Color color, String text, float x, float y)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y);
        cs.showText(printable(font, text));
        cs.endText();
    }

    public static void showRight(PDPageContentStream cs, PDType0Font font, float size, Color color, String text,
                                 float right, float y) throws IOException {
        String shown = printable(font, text);
        show(cs, font, size, color, shown, right - width(font, size, shown), y);
    }

    public static void showCentred(PDPageContentStream cs, PDType0Font font, float size, Color color, String text,
                                   float centre, float y) throws IOException {
        String shown = printable(font, text);
        show(cs, font, size, color, shown, centre - width(font, size, shown) / 2, y);
    }

    /** Text reading upwards, as a vertical axis is labelled. */
    public static void showUpwards(PDPageContentStream cs, PDType0Font font, float size, Color color, String text,
                                   float x, float centreY) throws IOException {
        String shown = printable(font, text);
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, centreY - width(font, size, shown) / 2));
        cs.showText(shown);
        cs.endText();
    }

    /** The text cut to the width with an ellipsis. */
    public static String fitted(PDType0Font font, float size, String text, float width) throws IOException {
        String clean = printable(font, text);
        if (width(font, size, clean) <= width) return clean;
        String cut = clean;
        while (!cut.isEmpty() && width(font, size, cut + "…") > width) cut = cut.substring(0, cut.length() - 1);
        return cut.strip() + "…";
    }

    /** The text broken into lines no wider than the width, at spaces where possible. */
    public static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int fits = 1;
                while (fits < rest.length() && width(font, size, rest.substring(0, fits + 1)) <= width) fits++;
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
