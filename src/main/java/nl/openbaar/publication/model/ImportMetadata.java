package nl.openbaar.publication.model;

import java.time.LocalDate;

/**
 * What the portal says about an imported bundle: read from its decision letter and editable before it is imported.
 * Every field may be null where the letter did not say it; {@link #over(ImportMetadata)} fills the gaps of what a
 * person typed with what was read.
 *
 * @param subject      the matter decided ("het gebruik van Clearview AI"), the title's subject
 * @param organisation the body that decided, as in the letterhead
 * @param kenmerk      the organisation's own reference ("Ons kenmerk")
 * @param regime       "woo" or "wob"
 * @param decisionKind one of PreparingPublication.DECISION_KINDS
 */
public record ImportMetadata(String subject, String organisation, String kenmerk, LocalDate decisionDate, LocalDate receivedDate,
        String regime, String decisionKind, String summary) {

    public static final ImportMetadata NONE = new ImportMetadata(null, null, null, null, null, null, null, null);

    /** These values, with the gaps filled from {@code read}. */
    public ImportMetadata over(ImportMetadata read) {
        return new ImportMetadata(or(subject, read.subject), or(organisation, read.organisation), or(kenmerk, read.kenmerk),
                decisionDate != null ? decisionDate : read.decisionDate, receivedDate != null ? receivedDate : read.receivedDate,
                or(regime, read.regime), or(decisionKind, read.decisionKind), or(summary, read.summary));
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }
}
