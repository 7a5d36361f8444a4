package eu.regioacademy.participation;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the export tests: it fails on anything a careless writer might produce. */
final class Rfc4180 {

    private Rfc4180() {
    }

    /** The records of a CSV text whose every line, the last included, ends with CRLF. */
    static List<List<String>> parse(String text) {
        var records = new ArrayList<List<String>>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("Unclosed quote");
                    }
                    char c = text.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("Unquoted field holds " + (c == '"' ? "a quote" : "a line feed") + " at " + i);
                    }
                    field.append(c);
                }
            }
            if (i >= text.length()) {
                throw new IllegalArgumentException("The last record does not end with CRLF");
            }
            fields.add(field.toString());
            field.setLength(0);
            if (text.charAt(i) == ',') {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                records.add(List.copyOf(fields));
                fields.clear();
            } else {
                throw new IllegalArgumentException("Expected a comma or CRLF at " + i);
            }
        }
        return records;
    }
}
