package eu.regioacademy.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import eu.regioacademy.platform.i18n.TranslationProvider;
import eu.regioacademy.platform.pdf.PdfFonts;
import eu.regioacademy.platform.pdf.PdfText;
import jakarta.annotation.PreDestroy;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate: A4 landscape, fonts embedded from the app (DejaVu Sans covers Latin
 * Extended, Greek and Cyrillic), PDF/A-3b metadata and sRGB output intent, a QR code to the
 * public verification page, and the credential as an attached JSON file.
 */
@Component
public class CertificatePdf {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final Color INK = new Color(0x1B, 0x3A, 0x5C);
    private static final Color ACCENT = new Color(0xF2, 0xB1, 0x1B);

    private final TranslationProvider translations;
    private final byte[] srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Rendering is all CPU: bulk issues render on every core while the caller stores earlier ones. */
    private final ExecutorService renderers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("certificate-pdf-", 1).daemon().factory());

    public CertificatePdf(TranslationProvider translations) {
        this.translations = translations;
    }

    CompletableFuture<byte[]> renderLater(CertificateFacts facts, String verifyUrl, String credentialJson) {
        return CompletableFuture.supplyAsync(() -> render(facts, verifyUrl, credentialJson), renderers);
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }

    public byte[] render(CertificateFacts facts, String verifyUrl, String credentialJson) {
        Locale locale = Locale.of(facts.language());
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            PdfFonts fonts = PdfFonts.embedIn(doc);
            PDType0Font regular = fonts.regular();
            PDType0Font bold = fonts.bold();
            BitMatrix qr = qrCode(verifyUrl);
            String title = t(locale, "certificate.pdf.title");
            try (PDPageContentStream page0 = new PDPageContentStream(doc, page)) {
                TaggedPage tagged = new TaggedPage(doc, page, page0, facts.language(), title + " " + facts.code().display());
                tagged.artifact(CertificatePdf::frame);
                tagged.element("H1", c -> centred(c, bold, 30, INK, title, HEIGHT - 110));
                tagged.element("P", c -> centred(c, regular, 14, Color.DARK_GRAY, t(locale, "certificate.pdf.certifies"), HEIGHT - 160));
                tagged.element("H2", c -> centred(c, bold, 26, Color.BLACK, facts.holderName(), HEIGHT - 200));
                tagged.element("P", c -> centred(c, regular, 14, Color.DARK_GRAY, t(locale, "certificate.pdf.achieved."
                        + facts.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')), HEIGHT - 240));
                tagged.element("H2", c -> centred(c, bold, 18, INK, facts.title(), HEIGHT - 275));
                String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(facts.achievedOn());
                tagged.element("P", c -> centred(c, regular, 12, Color.DARK_GRAY, t(locale, "certificate.pdf.details",
                        java.text.NumberFormat.getNumberInstance(locale).format(facts.workloadHours()), date), HEIGHT - 310));
                float y = HEIGHT - 332;
                for (CertificateDetail detail : facts.details()) {
                    String line = PdfText.fitted(regular, 9, t(locale, detail.labelKey()) + ": " + detail.value(), WIDTH - 270);
                    float at = y;
                    tagged.element("P", c -> PdfText.show(c, regular, 9, Color.DARK_GRAY, line, 70, at));
                    y -= 12;
                }
                tagged.element("P", c -> PdfText.show(c, regular, 11, Color.DARK_GRAY, facts.issuer(), 70, 120));
                tagged.element("P", c -> PdfText.show(c, bold, 12, Color.BLACK, facts.signatory(), 70, 100));
                tagged.element("P", c -> PdfText.show(c, regular, 9, Color.DARK_GRAY, t(locale, "certificate.pdf.issued",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                                .format(facts.issuedAt().atZone(ZoneOffset.UTC))), 70, 82));
                tagged.figure(t(locale, "certificate.pdf.qr-alt", verifyUrl), c -> drawQrCode(c, qr, WIDTH - 170, 105, 110));
                tagged.element("P", c -> rightAligned(c, regular, 9, Color.DARK_GRAY, t(locale, "certificate.pdf.verify"), 88));
                tagged.element("P", c -> rightAligned(c, bold, 12, Color.BLACK, facts.code().display(), 72));
                tagged.element("P", c -> rightAligned(c, regular, 8, Color.DARK_GRAY, verifyUrl, 58));
                tagged.finish();
            }
            archival(doc, facts, title);
            attach(doc, credentialJson);
            // without object streams: they would save 3-4 KB of the ~30 but cost an eighth of the rendering time
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.translate(locale, key, params);
    }

    private static void frame(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(INK);
        cs.setLineWidth(3);
        cs.addRect(30, 30, WIDTH - 60, HEIGHT - 60);
        cs.stroke();
        cs.setNonStrokingColor(ACCENT);
        cs.addRect(30, HEIGHT - 60, WIDTH - 60, 8);
        cs.fill();
    }

    private static void centred(PDPageContentStream cs, PDType0Font font, float size, Color color, String text, float y)
            throws IOException {
        PdfText.showCentred(cs, font, size, color, text, WIDTH / 2, y);
    }

    private static void rightAligned(PDPageContentStream cs, PDType0Font font, float size, Color color, String text, float y)
            throws IOException {
        PdfText.showRight(cs, font, size, color, text, WIDTH - 60, y);
    }

    private static BitMatrix qrCode(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The QR code as vector squares (each run of dark modules in a row one rectangle, all filled
     * as one path, so no seams between them): crisp at any zoom, and far cheaper than encoding
     * an image of it, which took a third of the rendering time.
     */
    private static void drawQrCode(PDPageContentStream cs, BitMatrix matrix, float x, float y, float size) throws IOException {
        float module = size / matrix.getWidth();
        cs.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            float bottom = y + size - (row + 1) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) column++;
                cs.addRect(x + start * module, bottom, (column - start) * module, module);
            }
        }
        cs.fill();
    }

    /** PDF/A-3b: XMP metadata matching the document information, and an sRGB output intent. */
    private void archival(PDDocument doc, CertificateFacts facts, String title) throws IOException {
        // PDF dates have whole seconds; XMP and the document information must agree exactly
        java.time.Instant issuedAt = facts.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        GregorianCalendar issued = GregorianCalendar.from(issuedAt.atZone(ZoneOffset.UTC));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title + " " + facts.code().display());
        info.setAuthor(facts.issuer());
        info.setProducer("Regio Academy");
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(info.getTitle(), facts.issuer(), issuedAt.toString()).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgbProfile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /**
     * The XMP packet written directly: it is small and fixed, and this keeps the PDF independent
     * of whichever XML transformer happens to be on the classpath (and faster).
     */
    static String xmp(String title, String creator, String isoInstant) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>3</pdfaid:part>
                <pdfaid:conformance>B</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreateDate>%s</xmp:CreateDate>
                <xmp:ModifyDate>%s</xmp:ModifyDate>
                <xmp:CreatorTool>Regio Academy</xmp:CreatorTool>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>Regio Academy</pdf:Producer>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title), escape(creator), isoInstant, isoInstant);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The machine-readable credential travels inside the PDF (PDF/A-3 associated file). */
    private static void attach(PDDocument doc, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes));
        file.setSubtype("application/json");
        file.setSize(bytes.length);
        file.setModDate(doc.getDocumentInformation().getCreationDate());
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("credential.json");
        spec.setFileUnicode("credential.json");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Verifiable credential (Open Badges 3.0 data model)");
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("credential.json", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }
}
