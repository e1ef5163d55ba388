package nl.openbaar.letter.model;

/**
 * The variants of a decision, derived from the inventory: what was found and how it was judged. The names
 * follow the VWS platform's decision types.
 */
public enum DecisionKind {
    /** Everything found is disclosed. */
    OPENBAAR("openbaarmaking"),
    /** Part is disclosed, part withheld (redacted or whole documents). */
    DEELS_OPENBAAR("gedeeltelijke openbaarmaking"),
    /** Everything found is withheld. */
    NIET_OPENBAAR("geen openbaarmaking"),
    /** Everything found was public already. */
    REEDS_OPENBAAR("reeds openbaar"),
    /** Nothing was found (seed 003). */
    GEEN_DOCUMENTEN("geen documenten aangetroffen");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The text key of the decision paragraph for this variant. */
    public String key() {
        return "besluit." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
