package nl.openbaar.publication.model;

/**
 * What portal search results can be narrowed by, each with the name of its URL parameter. Counts are of documents
 * (a decision's letter and inventory count as documents too).
 */
public enum Facet {
    ORGANISATION("organisatie"),
    CATEGORY("categorie"),
    PERIOD("periode"),
    JUDGEMENT("beoordeling"),
    DOCUMENT_TYPE("soort"),
    GROUND("grond");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
