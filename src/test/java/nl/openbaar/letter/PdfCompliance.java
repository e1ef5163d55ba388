package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, on a PDF in memory: PDF/A-2a and PDF/UA-1, every failed rule reported. */
public final class PdfCompliance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfCompliance() {
    }

    public static void assertPdfA2aAndUa1(byte[] pdf) {
        List<String> failures = new ArrayList<>();
        failures.addAll(failures(pdf, PDFAFlavour.PDFA_2_A));
        failures.addAll(failures(pdf, PDFAFlavour.PDFUA_1));
        assertThat(failures).as("veraPDF violations").isEmpty();
    }

    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<String> out = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    out.add(flavour.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage() + " @ " + a.getLocation().getContext());
                }
            }
            if (!result.isCompliant() && out.isEmpty()) {
                out.add(flavour.getId() + ": not compliant");
            }
            return out;
        } catch (ModelParsingException | ValidationException e) {
            return List.of(flavour.getId() + ": " + e.getMessage());
        } catch (Exception e) {
            return List.of(flavour.getId() + ": " + e);
        }
    }
}
