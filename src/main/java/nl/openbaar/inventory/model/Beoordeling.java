package nl.openbaar.inventory.model;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/**
 * The judgement on one document, in the four phrases the VWS Woo platform imports. The phrases are exact: its
 * importer maps any other value silently to "niet openbaar", so nothing else may ever be written to an
 * inventory. The order is the order of the decision's inventory annexes (seed 000: bijlage 2 Niet openbaar,
 * 3 Deels openbaar, 4 Openbaar, 5 Reeds openbaar).
 */
public enum Beoordeling {
    NIET_OPENBAAR("niet openbaar", "Niet openbaar"),
    DEELS_OPENBAAR("deels openbaar", "Deels openbaar"),
    OPENBAAR("openbaar", "Openbaar"),
    REEDS_OPENBAAR("reeds openbaar", "Reeds openbaar");

    private final String phrase;
    private final String label;

    Beoordeling(String phrase, String label) {
        this.phrase = phrase;
        this.label = label;
    }

    /** The exact value for the inventory's Beoordeling column. */
    public String phrase() {
        return phrase;
    }

    /** As a heading or annex title: "Deels openbaar". */
    public String label() {
        return label;
    }

    /** Whether (part of) the document is published with the decision. */
    public boolean disclosed() {
        return this == OPENBAAR || this == DEELS_OPENBAAR;
    }

    /** Accepts the phrases in any case, the enum names and the VWS platform's English codes. */
    public static Beoordeling parse(String value, String field) {
        if (value != null) {
            String v = value.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
            for (Beoordeling b : values()) {
                if (b.phrase.equals(v) || b.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(v)) {
                    return b;
                }
            }
            switch (v) {
                case "public" -> { return OPENBAAR; }
                case "partial public", "partially public", "gedeeltelijk openbaar" -> { return DEELS_OPENBAAR; }
                case "not public" -> { return NIET_OPENBAAR; }
                case "already public" -> { return REEDS_OPENBAAR; }
                default -> { }
            }
        }
        throw new InvalidInputException(field, "onbekende beoordeling '" + value
                + "': kies openbaar, deels openbaar, niet openbaar of reeds openbaar");
    }
}
