package nl.openbaar.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;

/** A name drawn, tiny, inside a tiling pattern that fills an area: glyph-level removal under a box cannot reach it. */
final class NameInATilingPattern {

    private NameInATilingPattern() {
    }

    /** Adds the pattern as /P1 to the page's resources; returns the content that fills the area under the name with it. */
    static String fill(PDResources res, String name) throws IOException {
        PDTilingPattern pattern = new PDTilingPattern();
        pattern.setBBox(new PDRectangle(0, 0, 300, 40));
        pattern.setXStep(300);
        pattern.setYStep(40);
        pattern.setPaintType(PDTilingPattern.PAINT_COLORED);
        pattern.setTilingType(PDTilingPattern.TILING_CONSTANT_SPACING);
        PDResources pr = new PDResources();
        pr.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        pattern.setResources(pr);
        try (OutputStream os = ((COSStream) pattern.getCOSObject()).createOutputStream()) {
            os.write(("0.9 g BT /F1 6 Tf 2 30 Td (" + name + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
        }
        res.put(COSName.getPDFName("P1"), pattern);
        return "/Pattern cs /P1 scn 150 690 200 40 re f\n";
    }
}
