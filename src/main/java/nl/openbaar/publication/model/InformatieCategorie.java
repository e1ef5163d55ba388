package nl.openbaar.publication.model;

/**
 * The Woo information categories (art. 3.3) with their TOOI identifiers and the number used in DiWoo sitemap
 * file names (sitemapindex-diwoo-infocatNNN.xml). Openbaar publishes decisions on requests: category 14.
 */
public enum InformatieCategorie {
    WOO_VERZOEKEN(14, "c_3baef532", "Woo-verzoeken en -besluiten");

    public static final String TOOI_BASE = "https://identifier.overheid.nl/tooi/def/thes/kern/";

    private final int number;
    private final String tooiId;
    private final String label;

    InformatieCategorie(int number, String tooiId, String label) {
        this.number = number;
        this.tooiId = tooiId;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String tooiId() {
        return tooiId;
    }

    public String uri() {
        return TOOI_BASE + tooiId;
    }

    public String label() {
        return label;
    }

    /** "infocat014" */
    public String sitemapCode() {
        return String.format("infocat%03d", number);
    }
}
