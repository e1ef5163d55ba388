package nl.openbaar.publication.model;

/**
 * The kind of a published document as people filter on it (e-mail, letter, memo …), from
 * {@code documentsoorten.json}, with the matching DiWoo document type where the standard has one.
 *
 * @param code      the stored and facet value ("email")
 * @param diwooId   the TOOI concept of DiWoo's documentsoortlijst, or null
 */
public record DocumentSoort(String code, String label, String labelEn, String diwooId, String diwooLabel) {

    public String label(boolean english) {
        return english ? labelEn : label;
    }

    public String diwooUri() {
        return diwooId == null ? null : InformatieCategorie.TOOI_BASE + diwooId;
    }
}
