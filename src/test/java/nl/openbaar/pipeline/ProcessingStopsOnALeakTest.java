package nl.openbaar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.openbaar.document.DocumentTestSupport;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.redaction.ReviewingRedactions;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.testing.ExternalTools;
import nl.openbaar.testing.TestPdf;
import nl.openbaar.verification.model.Leak;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A memo whose text names a person and which also shows the same name in a pasted image (a screenshot): detection
 * sees only the text, so the boxes miss the image. The gate reads the page back with OCR, finds the name, and the run
 * writes nothing. A reviewer draws a box over the image; the next run on the same case passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ProcessingStopsOnALeakTest {

    static final Path data = DocumentTestSupport.dataDir();

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        DocumentTestSupport.properties(r, data);
    }

    @Autowired
    ProcessingCase processing;
    @Autowired
    Documents documents;
    @Autowired
    ReviewingRedactions reviewing;

    @Test
    void aNameLeftInAnImageStopsThePublicationUntilAReviewerCoversIt() throws Exception {
        Path in = data.resolve("in");
        Files.createDirectories(in);
        Box screenshot = memoWithScreenshot(in.resolve("notitie.pdf"));
        Path out = data.resolve("pakket");

        ProcessingCase.Report first = processing.process(new ProcessingCase.Options(in, out, "woo", LocalDate.of(2023, 3, 1), null), p -> {
        });

        assertThat(first.written()).isFalse();
        assertThat(first.verification().leaks()).extracting(Leak::check).contains("ocr");
        assertThat(first.verification().leaks()).allSatisfy(l -> assertThat(l.describe()).doesNotContain("Verbeek"));
        assertThat(out).doesNotExist();
        try (Stream<Path> siblings = Files.list(data)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".pakket"));
        }

        Document memo = documents.forRequest(first.kenmerk()).get(0);
        reviewing.draw(NewRedaction.drawn(memo.id(), new PageBox(1, screenshot), "5.1.2e", "naam"), "jurist");
        ProcessingCase.Report second = processing.process(new ProcessingCase.Options(in, out, null, null, first.kenmerk()), p -> {
        });

        assertThat(second.verification().leaks()).isEmpty();
        assertThat(second.written()).isTrue();
        String ocr = ExternalTools.ocr(out.resolve("documenten/0001.pdf"), 1);
        assertThat(ocr).doesNotContain("Verbeek").contains("inkoop");
    }

    /** Writes the memo; returns where the screenshot sits on the page as displayed. */
    private static Box memoWithScreenshot(Path file) throws IOException, java.awt.FontFormatException {
        BufferedImage shot = new BufferedImage(900, 120, BufferedImage.TYPE_INT_RGB);
        try (InputStream ttf = ProcessingStopsOnALeakTest.class.getResourceAsStream("/nl/openbaar/redaction/DejaVuSans-Bold.ttf")) {
            Graphics2D g = shot.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 900, 120);
            g.setColor(Color.BLACK);
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(52f));
            g.drawString("Van: Lotte Verbeek", 20, 80);
            g.dispose();
        }
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            p.getResources().put(COSName.getPDFName("Shot"), LosslessFactory.createFromImage(pdf.doc, shot));
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 760 Td (Notitie over inkoop van gezichtsherkenning) Tj ET
                    BT /F1 12 Tf 72 730 Td (Zie de doorgestuurde mail hieronder.) Tj ET
                    q 450 0 0 60 72 640 cm /Shot Do Q
                    BT /F1 12 Tf 72 600 Td (Met vriendelijke groet,) Tj ET
                    BT /F1 12 Tf 72 585 Td (Lotte Verbeek) Tj ET
                    """);
            pdf.save(file);
        }
        return new Box(72, 842 - 700, 450, 60);
    }
}
