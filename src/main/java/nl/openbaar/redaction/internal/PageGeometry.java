package nl.openbaar.redaction.internal;

import java.awt.geom.Rectangle2D;
import nl.openbaar.shared.layout.Box;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Converts between the shared coordinate system (points, origin top-left of the page as displayed: CropBox with
 * /Rotate applied, y downwards) and PDF user space of the page (origin bottom-left of the MediaBox, y upwards).
 * Rotations are multiples of 90 degrees, so an axis-aligned box stays axis-aligned in both systems.
 */
public final class PageGeometry {

    private final double llx;
    private final double lly;
    private final double urx;
    private final double ury;
    private final int rotation;

    public PageGeometry(PDRectangle cropBox, int rotation) {
        this.llx = cropBox.getLowerLeftX();
        this.lly = cropBox.getLowerLeftY();
        this.urx = cropBox.getUpperRightX();
        this.ury = cropBox.getUpperRightY();
        this.rotation = Math.floorMod(rotation, 360) / 90 * 90;
    }

    public static PageGeometry of(PDPage page) {
        return new PageGeometry(page.getCropBox(), page.getRotation());
    }

    public int rotation() {
        return rotation;
    }

    /** Width of the page as displayed. */
    public double displayWidth() {
        return rotation % 180 == 0 ? urx - llx : ury - lly;
    }

    /** Height of the page as displayed. */
    public double displayHeight() {
        return rotation % 180 == 0 ? ury - lly : urx - llx;
    }

    public Rectangle2D cropBox() {
        return new Rectangle2D.Double(llx, lly, urx - llx, ury - lly);
    }

    /** A displayed point in user space. */
    public double[] toUser(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {llx + y, lly + x};
            case 180 -> new double[] {urx - x, lly + y};
            case 270 -> new double[] {urx - y, ury - x};
            default -> new double[] {llx + x, ury - y};
        };
    }

    /** A user-space point as displayed. */
    public double[] toDisplay(double ux, double uy) {
        return switch (rotation) {
            case 90 -> new double[] {uy - lly, ux - llx};
            case 180 -> new double[] {urx - ux, uy - lly};
            case 270 -> new double[] {ury - uy, urx - ux};
            default -> new double[] {ux - llx, ury - uy};
        };
    }

    public Rectangle2D toUser(Box box) {
        double[] a = toUser(box.x(), box.y());
        double[] b = toUser(box.right(), box.bottom());
        return new Rectangle2D.Double(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }

    public Box toDisplay(Rectangle2D r) {
        double[] a = toDisplay(r.getMinX(), r.getMinY());
        double[] b = toDisplay(r.getMaxX(), r.getMaxY());
        return new Box(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }
}
