package nl.openbaar.detection.model;

/**
 * What kind of personal or sensitive information a finding is. The redaction log records the category, never
 * the text; the ground per category and regime is data (see {@code GroundPolicy}).
 */
public enum Category {
    PERSON_NAME("naam"),
    EMAIL_LOCAL_PART("e-mailadres (lokaal deel)"),
    GROUP_MAILBOX("functionele mailbox"),
    PHONE_NUMBER("telefoonnummer"),
    BSN("burgerservicenummer"),
    IBAN("bankrekeningnummer"),
    POSTCODE("postcode"),
    STREET_ADDRESS("adres"),
    DATE_OF_BIRTH("geboortedatum"),
    LICENCE_PLATE("kenteken"),
    JOB_TITLE("functienaam"),
    POLICY_OPINION("persoonlijke beleidsopvatting");

    private final String labelNl;

    Category(String labelNl) {
        this.labelNl = labelNl;
    }

    /** The Dutch name shown to reviewers and written in the redaction log. */
    public String labelNl() {
        return labelNl;
    }
}
