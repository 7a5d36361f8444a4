package eu.regioacademy.platform.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One hostile value for every kind of field: what goes into the text fields, the number fields
 * and the date fields of a form (null: the filler's plain value, so that one kind is tried at a
 * time). {@code mustBeRefused}: a form must answer with a message, never store it.
 */
public record HostileValue(String name, @Nullable String text, @Nullable BigDecimal number,
                           @Nullable LocalDate date, boolean mustBeRefused) {

    /** Plain values the filler uses for the kinds a case leaves alone. */
    public static final String PLAIN_TEXT = "Plain text for a hostile test";

    public static final String SCRIPT = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    @Override
    public String toString() {
        return name;
    }

    private static HostileValue text(String name, String text) {
        return new HostileValue(name, text, null, null, false);
    }

    private static HostileValue refusedText(String name, String text) {
        return new HostileValue(name, text, null, null, true);
    }

    /** The catalogue every form is driven with. */
    public static List<HostileValue> catalogue() {
        return List.of(
                text("10,000 characters", "Zürich ".repeat(1429) + "end"),
                refusedText("control characters", "bell\u0007 nul\u0000 escape\u001B[2J del\u007F next-line\u0085 end"),
                refusedText("unpaired surrogate", "half an emoji \uD83D here"),
                text("right-to-left marks", "\u202Egnp.exe\u202C \u200Fשלום\u200E مرحبا \u2067isolate\u2069"),
                text("emoji and combining marks", "👩🏽‍💻🇪🇺 Z\u0351\u036B\u0343a\u0300\u0301l\u0308g\u0327o e\u0301 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
                text("SQL fragments", "Robert'); DROP TABLE app_user;-- \" OR '1'='1' /* \\ %_ `x`"),
                text("HTML and script", SCRIPT + "<b>bold</b> &amp; &lt;"),
                text("only spaces", "   \t  "),
                new HostileValue("negative number", null, new BigDecimal(-7), null, true),
                new HostileValue("huge number", null, new BigDecimal("99999999999999999999"), null, true),
                new HostileValue("date in year 1", null, null, LocalDate.of(1, 1, 1), true),
                new HostileValue("date in year 9999", null, null, LocalDate.of(9999, 12, 31), true));
    }
}
