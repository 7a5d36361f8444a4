package eu.regioacademy.participation;

import java.util.Locale;

/** The few pieces of SVG writing the charts and the map share: escaping, numbers, the root element. */
final class Svg {

    static final String NS = "http://www.w3.org/2000/svg";

    /** Rough average glyph width of a sans-serif font, in ems; good enough to reserve room for labels. */
    private static final double GLYPH_EM = 0.6;

    private Svg() {
    }

    /**
     * Escapes for both text and attribute values, and drops characters XML 1.0 cannot carry at all
     * (control characters, lone surrogates) so that odd data can never make the page unparseable.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** A number for an attribute: always '.' as separator whatever the default locale, one decimal at most. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** Shortens to at most {@code maxChars} characters (code points, so no letter is cut in half), ending in "…". */
    static String clip(String text, int maxChars) {
        int length = text.codePointCount(0, text.length());
        if (length <= maxChars) {
            return text;
        }
        if (maxChars <= 1) {
            return "…";
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars - 1)).stripTrailing() + "…";
    }

    static int charsFitting(double width, double fontSize) {
        return Math.max(1, (int) Math.floor(width / (fontSize * GLYPH_EM)));
    }

    static double textWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * GLYPH_EM;
    }

    /** Values that cannot be drawn (negative, NaN, infinite) are drawn as nothing rather than breaking the scale. */
    static double drawable(double value) {
        return Double.isFinite(value) && value > 0 ? value : 0;
    }

    /**
     * Opens the root element with its title and description as first children, which is where assistive
     * technology looks for the accessible name. The width comes from the page; the viewBox keeps proportions.
     */
    static void open(StringBuilder svg, String id, String title, String description, double width, double height,
                     String role, String cssClass) {
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("An SVG id must be one word, it is referenced by aria-labelledby: '" + id + "'");
        }
        String safeId = escape(id);
        svg.append("<svg xmlns=\"").append(NS).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" width=\"100%\" role=\"").append(role)
                .append("\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId).append("-desc\"")
                .append(" class=\"").append(cssClass).append("\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");
    }

    static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }
}
