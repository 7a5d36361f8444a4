package eu.regioacademy.platform.ui;

import org.jspecify.annotations.Nullable;

/**
 * Text that Flow keeps in server memory for every open tab (markup set as inner HTML, the last
 * answer it keeps to repeat), in its Latin-1 form. Java stores a string at one byte a character
 * only while every character is Latin-1: one typographic dash, a French number's narrow space
 * or a Greek region's name doubles the whole string. Escaped, those few characters cost a few
 * bytes each and the browser reads the same text.
 */
public final class Latin1 {

    private Latin1() {
    }

    /**
     * Markup with every character beyond Latin-1 as a numeric character reference ({@code &#x3b3;}),
     * which means the same in text and in attribute values; the very same string when there is none.
     * Not for the raw text of {@code <script>} or {@code <style>}, where references are not decoded.
     */
    public static String html(String markup) {
        int first = firstBeyond(markup);
        if (first == markup.length()) return markup;
        StringBuilder escaped = new StringBuilder(markup.length() + 64).append(markup, 0, first);
        markup.codePoints().skip(markup.codePointCount(0, first)).forEach(c -> {
            if (c <= 0xFF) escaped.append((char) c);
            else escaped.append("&#x").append(Integer.toHexString(c)).append(';');
        });
        return escaped.toString();
    }

    /**
     * JSON text with every character beyond Latin-1 as a {@code \\uXXXX} escape (JSON has such
     * characters only inside strings, where the escape means the same); the very same string when
     * there is none.
     */
    public static @Nullable String json(@Nullable String json) {
        if (json == null) return null;
        int first = firstBeyond(json);
        if (first == json.length()) return json;
        StringBuilder escaped = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c <= 0xFF) {
                escaped.append(c);
            } else {
                escaped.append("\\u").append(Character.forDigit(c >> 12, 16)).append(Character.forDigit((c >> 8) & 0xF, 16))
                        .append(Character.forDigit((c >> 4) & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        return escaped.toString();
    }

    private static int firstBeyond(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) <= 0xFF) i++;
        return i;
    }
}
