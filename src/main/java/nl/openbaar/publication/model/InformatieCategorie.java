package nl.openbaar.publication.model;

/**
 * One of the 17 information categories of article 3.3 Woo, as the DiWoo value list names it, with the number the
 * Woo-index uses in sitemap file names ({@code sitemapindex-diwoo-infocat014.xml}). The list itself is data
 * ({@code informatiecategorieen.json}, read by {@link nl.openbaar.publication.InformatieCategorieen}).
 *
 * @param number     1 … 17
 * @param tooiId     the TOOI concept ("c_3baef532")
 * @param label      the Dutch name
 * @param labelEn    the English name
 * @param definition the description of the category in the law
 */
public record InformatieCategorie(int number, String tooiId, String label, String labelEn, String definition) {

    public static final String TOOI_BASE = "https://identifier.overheid.nl/tooi/def/thes/kern/";

    /** Category 14, Woo-verzoeken en -besluiten: what a decision on a request is published under. */
    public static final String WOO_VERZOEKEN = "infocat014";

    public String uri() {
        return TOOI_BASE + tooiId;
    }

    /** "infocat014": the stored value, the facet value and the part of the sitemap name. */
    public String code() {
        return String.format("infocat%03d", number);
    }

    public String label(boolean english) {
        return english ? labelEn : label;
    }
}
