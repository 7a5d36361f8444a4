package eu.regioacademy.participation;

import eu.regioacademy.platform.i18n.TranslationProvider;
import eu.regioacademy.platform.pdf.PageFlow;
import eu.regioacademy.platform.pdf.PdfFonts;
import eu.regioacademy.platform.pdf.PdfMetadata;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Renders a personal participation record: A4 portrait, fonts embedded, one section per kind
 * of activity, each with the certificate code and where anyone can verify it.
 */
@Component
class PersonalRecordPdf {

    private static final Color INK = new Color(0x1B, 0x3A, 0x5C);
    private static final float ITEM_INDENT = 10;

    private final TranslationProvider translations;

    PersonalRecordPdf(TranslationProvider translations) {
        this.translations = translations;
    }

    /** @param verifyAddress the public verification address, to which a certificate code is appended */
    byte[] render(PersonalRecord record, Locale locale, String verifyAddress) {
        String title = translations.translate(locale, "participation.record.title");
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFonts fonts = PdfFonts.embedIn(doc);
            PdfMetadata.describe(doc, title + " · " + record.name(), locale, record.generatedAt());
            try (PageFlow flow = new PageFlow(doc)) {
                heading(flow, fonts, record, locale, title);
                if (record.items().isEmpty()) {
                    flow.paragraph(fonts.regular(), 10, Color.DARK_GRAY,
                            translations.translate(locale, "participation.record.empty"), 0);
                }
                for (RecordSection section : RecordSection.values()) {
                    List<RecordItem> items = record.in(section);
                    if (!items.isEmpty()) section(flow, fonts, locale, section, items, verifyAddress);
                }
                flow.down(10);
                flow.paragraph(fonts.regular(), 8.5f, Color.DARK_GRAY,
                        translations.translate(locale, "participation.record.verify-note", verifyAddress), 0);
            }
            PageFlow.numberPages(doc, fonts.regular(), (page, pages) ->
                    translations.translate(locale, "pdf.page-of", page, pages));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heading(PageFlow flow, PdfFonts fonts, PersonalRecord record, Locale locale, String title)
            throws IOException {
        flow.line(fonts.bold(), 20, INK, title, 0);
        flow.down(4);
        flow.line(fonts.bold(), 14, Color.BLACK, record.name(), 0);
        flow.line(fonts.regular(), 11, Color.DARK_GRAY, record.regionName(), 0);
        flow.line(fonts.regular(), 9, Color.GRAY, translations.translate(locale, "participation.record.generated",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(record.generatedAt())), 0);
        flow.down(4);
        flow.paragraph(fonts.regular(), 9.5f, Color.DARK_GRAY, translations.translate(locale, "participation.record.intro",
                translations.translate(locale, "app.name")), 0);
    }

    private void section(PageFlow flow, PdfFonts fonts, Locale locale, RecordSection section, List<RecordItem> items,
                         String verifyAddress) throws IOException {
        flow.down(8);
        // a heading never stays alone at the foot of a page
        flow.ensure(70);
        flow.line(fonts.bold(), 13, INK, translations.translate(locale, section.translationKey()), 0);
        flow.rule(INK);
        flow.down(5);
        for (RecordItem item : items) {
            flow.ensure(42);
            flow.paragraph(fonts.bold(), 10.5f, Color.BLACK, item.title(), 0);
            flow.paragraph(fonts.regular(), 9.5f, Color.DARK_GRAY, detail(locale, item), ITEM_INDENT);
            if (item.certificateCode() != null) {
                flow.paragraph(fonts.regular(), 8.5f, INK, translations.translate(locale, "participation.record.certificate",
                        grouped(item.certificateCode()), verifyAddress + item.certificateCode()), ITEM_INDENT);
            }
            flow.down(5);
        }
    }

    private String detail(Locale locale, RecordItem item) {
        String date = day(locale, item.date());
        return switch (item.section()) {
            case MODULES -> translations.translate(locale, "participation.record.module", date, item.quantity());
            case STUDY_VISITS -> translations.translate(locale, "participation.record.visit", item.detail(),
                    period(locale, item), item.quantity());
            case EXCHANGES -> translations.translate(locale, "participation.record.exchange", item.detail(),
                    period(locale, item), item.quantity());
            case MENTORING_RECEIVED -> translations.translate(locale, "participation.record.mentee", item.detail(), date,
                    item.sessions(), item.quantity());
            case MENTORING_GIVEN -> translations.translate(locale, "participation.record.mentor", item.detail(), date,
                    item.sessions(), item.quantity());
        };
    }

    private static String period(Locale locale, RecordItem item) {
        LocalDate from = item.startedOn();
        return from == null || from.equals(item.date()) ? day(locale, item.date())
                : day(locale, from) + " – " + day(locale, item.date());
    }

    private static String day(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /**
     * The code in groups of four, as the certificate itself prints it (the certificates
     * feature owns the code; this feature only reads it, so the grouping is repeated here).
     */
    static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) out.append('-');
            out.append(code.charAt(i));
        }
        return out.toString();
    }
}
