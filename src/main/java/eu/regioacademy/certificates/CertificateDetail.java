package eu.regioacademy.certificates;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a certificate's record, e.g. "Skills gained: …": the label is a translation
 * key (so each language's rendition labels it in that language), the value is as written.
 */
public record CertificateDetail(String labelKey, String value) {

    private static final String FIELD = "\u001F";
    private static final String LINE = "\u001E";

    static String encode(List<CertificateDetail> details) {
        List<String> lines = new ArrayList<>();
        for (CertificateDetail d : details) lines.add(d.labelKey() + FIELD + d.value().replace(LINE, " ").replace(FIELD, " "));
        return String.join(LINE, lines);
    }

    static List<CertificateDetail> decode(String text) {
        List<CertificateDetail> details = new ArrayList<>();
        if (text.isEmpty()) return details;
        for (String line : text.split(LINE)) {
            String[] parts = line.split(FIELD, 2);
            if (parts.length == 2) details.add(new CertificateDetail(parts[0], parts[1]));
        }
        return details;
    }
}
