package nl.openbaar.redaction.model;

/** Where a redaction stands in review. Only accepted redactions are applied to a document. */
public enum RedactionStatus {
    PROPOSED("voorgesteld"),
    ACCEPTED("geaccepteerd"),
    REJECTED("afgewezen");

    private final String labelNl;

    RedactionStatus(String labelNl) {
        this.labelNl = labelNl;
    }

    public String labelNl() {
        return labelNl;
    }
}
