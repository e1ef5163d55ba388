package nl.openbaar.shared.layout;

/**
 * A rectangle on a page, in PDF points (1/72 inch), with its origin at the top-left corner of the page as
 * it is displayed (the CropBox, after /Rotate), y growing downwards. This is the one coordinate system that
 * documents (word boxes), detection (findings), the review screen (PDF.js viewport at scale 1) and redaction
 * (boxes to remove) exchange; only the redaction engine converts it to PDF user space.
 */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + " x " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean intersects(Box o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** The area both boxes cover; zero when they do not overlap. */
    public double overlapArea(Box o) {
        double w = Math.min(right(), o.right()) - Math.max(x, o.x);
        double h = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    public double area() {
        return width * height;
    }

    public Box union(Box o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    /** Grown by the given margin on every side (a redaction box is padded so no glyph edge peeks out). */
    public Box pad(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
