package nl.openbaar.request.model;

/**
 * The requester. Personal data: shown to the case handler and in letters to the requester, never published
 * (the publication version of a letter leaves this block out).
 */
public record Verzoeker(String name, String address, String email, String phone) {

    public Verzoeker {
        name = trimToNull(name);
        address = trimToNull(address);
        email = trimToNull(email);
        phone = trimToNull(phone);
    }

    /**
     * Words that make a requester's name an organisation's ("Stichting Digitale Burgerrechten", "Redactie Trouw",
     * "Advocatenkantoor De Boer B.V."): such a name is not personal data and is not searched for as a person.
     */
    private static final java.util.regex.Pattern ORGANISATION = java.util.regex.Pattern.compile(
            "(?iu)\\b(stichting|vereniging|co[öo]peratie|b\\.?v\\.?|n\\.?v\\.?|v\\.?o\\.?f\\.?|redactie|omroep|krant|dagblad|"
            + "advocaten\\p{L}*|gemeente|provincie|ministerie|waterschap|fractie|partij|federatie|platform|"
            + "universiteit|hogeschool|instituut|bureau|holding|groep|foundation|association|ltd|inc|gmbh)\\b");

    /** The requester's name when it names a person, for detection to find everywhere; empty for an organisation. */
    public java.util.Optional<String> personName() {
        return name == null || ORGANISATION.matcher(name).find() ? java.util.Optional.empty() : java.util.Optional.of(name);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
