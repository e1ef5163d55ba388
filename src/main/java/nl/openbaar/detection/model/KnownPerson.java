package nl.openbaar.detection.model;

/**
 * A person the case register knows: found with high confidence somewhere in the case (an e-mail header,
 * a signature) or entered by a case handler (the requester). Their names are then found everywhere.
 *
 * @param firstName  may be null ("M. el Amrani")
 * @param initials   may be empty
 * @param interfix   "van den", may be empty
 * @param surname    the surname core ("Heuvel"), may be null for a person known only by first name
 * @param source     where it was learned, e.g. "e-mailkop", "ondertekening", "verzoeker"
 */
public record KnownPerson(String firstName, String initials, String interfix, String surname, String source) {

    /** "lotte verbeek", "m. el amrani": the subject key of findings for this person. */
    public String key() {
        StringBuilder s = new StringBuilder();
        if (firstName != null && !firstName.isBlank()) {
            s.append(firstName);
        } else if (initials != null && !initials.isBlank()) {
            s.append(initials);
        }
        if (interfix != null && !interfix.isBlank()) {
            s.append(s.isEmpty() ? "" : " ").append(interfix);
        }
        if (surname != null && !surname.isBlank()) {
            s.append(s.isEmpty() ? "" : " ").append(surname);
        }
        return s.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
