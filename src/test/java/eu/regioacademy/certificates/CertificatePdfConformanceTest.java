package eu.regioacademy.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.platform.i18n.TranslationProvider;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class CertificatePdfConformanceTest {

    @Test
    void every_language_renders_a_pdf_a_3b_and_pdf_ua_1_conformant_certificate_also_with_a_record_of_details() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        CertificatePdf renderer = new CertificatePdf(new TranslationProvider());
        for (String language : new String[]{"en", "fr", "es", "it", "pt", "sv"}) {
            CertificateFacts facts = new CertificateFacts(VerificationCode.random(), CertificateKind.MODULE_COMPLETION,
                    "Олена Коваленко", "Integration policy at regional level — Skåne, Ελλάδα", new BigDecimal("1.5"),
                    LocalDate.of(2026, 11, 2), Instant.parse("2026-11-03T10:15:30.123456Z"), language, "Regio Academy",
                    "Secretary General", null, null, java.util.List.of(
                    new CertificateDetail("exchange.record.skills", "AMIF eligibility rules, call design, évaluation ".repeat(8)),
                    new CertificateDetail("exchange.record.supervisor", "Francesca Lorusso")));
            byte[] pdf = renderer.render(facts, "https://academy.example.org/verify/" + facts.code().value(), "{\"a\":1}");
            assertThat(pdf.length).as(language).isLessThanOrEqualTo(50 * 1024);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).as(language)
                        .contains("Олена Коваленко", "Integration policy at regional level — Skåne, Ελλάδα", facts.code().display());
            }
            for (PDFAFlavour flavour : new PDFAFlavour[]{PDFAFlavour.PDFA_3_B, PDFAFlavour.PDFUA_1}) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                String failures = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "/" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                        .distinct().collect(Collectors.joining("\n"));
                assertThat(result.isCompliant()).as(flavour + " " + language + ":\n" + failures).isTrue();
            }
            }
        }
    }

    @Test
    void the_certificate_is_tagged_for_screen_readers_in_its_language() throws Exception {
        CertificateFacts facts = new CertificateFacts(VerificationCode.random(), CertificateKind.MODULE_COMPLETION,
                "Jiří Novák", "Funding integration projects with AMIF", BigDecimal.ONE, LocalDate.of(2026, 11, 2),
                Instant.parse("2026-11-03T10:15:30Z"), "fr", "Regio Academy", "Secretary General", null, null);
        byte[] pdf = new CertificatePdf(new TranslationProvider()).render(facts, "https://example.org/verify/x", "{}");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("fr");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            var document = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                    catalog.getStructureTreeRoot().getKids().getFirst();
            var kinds = document.getKids().stream()
                    .map(k -> ((org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k))
                    .toList();
            assertThat(kinds.getFirst().getStructureType()).isEqualTo("H1");
            assertThat(kinds).anySatisfy(k -> {
                assertThat(k.getStructureType()).isEqualTo("Figure");
                assertThat(k.getAlternateDescription()).isEqualTo("Code QR qui ouvre la page de vérification https://example.org/verify/x");
            });
        }
    }

    @Test
    void a_name_in_a_script_the_fonts_lack_prints_as_replacement_characters_instead_of_failing_the_certificate() throws Exception {
        CertificateFacts facts = new CertificateFacts(VerificationCode.random(), CertificateKind.MANUAL, "李小龍 Li",
                "Workshop שלום", BigDecimal.ONE, LocalDate.of(2026, 11, 2), Instant.parse("2026-11-03T10:15:30Z"), "en",
                "Regio Academy", "Secretary General", null, null);
        byte[] pdf = new CertificatePdf(new TranslationProvider()).render(facts, "https://example.org/verify/x", "{}");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("\uFFFD\uFFFD\uFFFD Li", "Workshop \uFFFD\uFFFD\uFFFD\uFFFD");
        }
    }

    @Test
    void certificates_rendered_in_parallel_from_the_shared_fonts_each_show_their_own_names() throws Exception {
        CertificatePdf renderer = new CertificatePdf(new TranslationProvider());
        String[] names = {"Ελένη Παπαδοπούλου", "Олена Коваленко", "Jiří Novák", "Łucja Wróblewska", "Åsa Öberg", "Ştefan Ţiriac"};
        java.util.List<java.util.concurrent.CompletableFuture<byte[]>> pdfs = new java.util.ArrayList<>();
        for (int i = 0; i < 36; i++) {
            CertificateFacts facts = new CertificateFacts(VerificationCode.random(), CertificateKind.MANUAL, names[i % names.length],
                    "Workshop " + i, BigDecimal.ONE, LocalDate.of(2026, 11, 2), Instant.parse("2026-11-03T10:15:30Z"), "en",
                    "Regio Academy", "Secretary General", null, null);
            pdfs.add(renderer.renderLater(facts, "https://example.org/verify/" + i, "{}"));
        }
        for (int i = 0; i < pdfs.size(); i++) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdfs.get(i).get())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(names[i % names.length], "Workshop " + i);
            }
        }
        renderer.stop();
    }
}
