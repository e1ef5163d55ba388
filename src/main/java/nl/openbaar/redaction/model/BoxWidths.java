package nl.openbaar.redaction.model;

/**
 * How wide a redaction box on a line of text is drawn. A box as wide as the name it hides gives the name away: its
 * width alone leaks about 11 bits (Bland, Iyer and Levchenko, PETS 2023), enough to pick one person out of a staff
 * list.
 */
public enum BoxWidths {
    /** As wide as what was removed, the rest of the line in place (the engine before width classes; for measuring). */
    EXACT,
    /**
     * A width class (a power of two times the font size: ½, 1, 2, 4, 8, 16 … em), the rest of the line moved to
     * match: many names give the same box and the same page.
     */
    CLASSES
}
