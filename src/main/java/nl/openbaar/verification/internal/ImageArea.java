package nl.openbaar.verification.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** How much of a page images cover (0–1, overlaps counted twice): whether the page needs reading back with OCR. */
public final class ImageArea extends PDFGraphicsStreamEngine {

    private double area;

    private ImageArea(PDPage page) {
        super(page);
    }

    public static double of(PDPage page) {
        ImageArea engine = new ImageArea(page);
        try {
            engine.processPage(page);
        } catch (IOException | RuntimeException e) {
            return 1; // a page the gate cannot measure is read back in full
        }
        PDRectangle crop = page.getCropBox();
        double pageArea = Math.max(1, crop.getWidth() * crop.getHeight());
        return Math.min(1, engine.area / pageArea);
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        // the unit square under the CTM: |det| is its area
        area += Math.abs(m.getScaleX() * m.getScaleY() - m.getShearX() * m.getShearY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void showGlyph(Matrix textRenderingMatrix, org.apache.pdfbox.pdmodel.font.PDFont font, int code,
            org.apache.pdfbox.util.Vector displacement) {
        // text is not what this measures; Type 3 glyph procedures are not run
    }
}
