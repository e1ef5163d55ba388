package nl.openbaar.detection.internal;

/**
 * The score table of the name rules: every kind of evidence a rule can see for a person name, with the score
 * it gives and the reason a reviewer reads. With the default thresholds a score of 0.5 or more is redacted and
 * 0.3 or more is shown for review; at {@link #LEARN} or more a full name joins the case register. Scores are
 * capped at {@link #MAX}: a rule is never certain.
 */
enum NameEvidence {

    // ---- a name in a place that says it is one
    /** "Van: Verbeek, Lotte &lt;…&gt;" with a listed name word or initials. */
    HEADER_NAME(0.95, "naam in de e-mailkop"),
    /** "Van: Pietje Puk": capitalised words in a header, none listed. */
    HEADER_WORDS(0.8, "naam in de e-mailkop"),
    /** "Team Woo &lt;woo@…&gt;": a display name that names a group, not a person (a group mailbox). */
    HEADER_GROUP(0.8, "naam van een functionele mailbox in de e-mailkop"),
    /** The line after "Met vriendelijke groet". */
    SIGNATURE(0.92, "naam onder een groet"),
    /** An item after "Aanwezig:" or "de heeren". */
    LIST_ITEM(0.85, "naam in een opsomming van personen"),

    // ---- a full name in running text
    /** "mevrouw Verbeek", "dr. J. Smit", "wijkagent Van Dam". */
    TITLE_AND_NAME(0.95, "aanspreekvorm + naam"),
    /** "I. van den Heuvel". */
    INITIALS_AND_SURNAME(0.9, "voorletters + achternaam"),
    /** "W. J. Gezelschap": initials before an ordinary word that no list knows as a surname. */
    INITIALS_AND_ORDINARY_WORD(0.6, "voorletters + achternaam"),
    /** "Lotte Verbeek": a first name and a listed (or case-known) surname. */
    FIRST_AND_LISTED_SURNAME(0.9, "voornaam + achternaam"),
    /** "Lotte Zwartkruis": a first name and an unknown capitalised word. */
    FIRST_AND_UNLISTED_SURNAME(0.82, "voornaam + achternaam"),
    /** "Roos Verbeek": a first name that is also an ordinary word, before a surname that is only a name. */
    ORDINARY_FIRST_AND_LISTED_SURNAME(0.85, "voornaam + achternaam"),
    /** "Mark Visser": both are also ordinary words. */
    ORDINARY_FIRST_AND_ORDINARY_SURNAME(0.65, "voornaam + achternaam"),
    /** "Mark Zwartkruis": an ordinary-word first name before an unknown word. */
    ORDINARY_FIRST_AND_UNLISTED_SURNAME(0.57, "voornaam + achternaam"),
    /** "mevrouw Lotte": a title and a first name without a surname. */
    TITLE_AND_FIRST_NAME(0.85, "aanspreekvorm + voornaam"),
    /** "Kathalijne Buitenweg": a capitalised word no list knows before a listed surname. */
    UNKNOWN_FIRST_AND_LISTED_SURNAME(0.6, "onbekende voornaam + achternaam"),

    // ---- part of a name in running text
    /** "Lotte" alone, mid-sentence. */
    FIRST_NAME(0.6, "voornaam"),
    /** "Roos" opening a sentence: as likely the ordinary word. */
    ORDINARY_WORD_OPENING(0.3, "voornaam"),
    /** "van Dijkhuizen", "De Vries" mid-sentence. */
    INTERFIX_AND_SURNAME(0.6, "tussenvoegsel + achternaam"),
    /** "De Bakker", "Van Dam" opening a sentence, or before an ordinary word. */
    INTERFIX_AND_SURNAME_AMBIGUOUS(0.35, "tussenvoegsel + achternaam"),

    // ---- the case register: a person named with confidence elsewhere in the case
    /** "Hoi Daan,": the first name of someone in the case. */
    KNOWN_FIRST_NAME(0.9, "voornaam van iemand die in deze zaak voorkomt"),
    /** "Dijkhuizen" alone: the surname of someone in the case. */
    KNOWN_SURNAME(0.9, "achternaam van iemand die in deze zaak voorkomt"),
    /** A full name whose surname the case knows: at least this score. */
    KNOWN_IN_CASE(0.95, "; bekend in deze zaak"),

    // ---- context that lifts a lone first name (added to its score, from at least the floor)
    /** "[08:12] Marloes: …". */
    CHAT_SPEAKER(0.25, 0.6, " als spreker in een chat"),
    /** "Beste Lotte,". */
    AFTER_GREETING(0.3, 0.6, " na een aanhef"),
    /** "Lotte," as the whole line. */
    ALONE_ON_LINE(0.25, 0, " alleen op een regel");

    /** A full name at this score or more joins the case register. */
    static final double LEARN = 0.85;
    /** No rule gives more. */
    static final double MAX = 0.99;

    /** The score, or for context the amount added. */
    final double score;
    /** For context: the score it is added to is at least this. */
    final double floor;
    final String explanation;

    NameEvidence(double score, String explanation) {
        this(score, -1, explanation);
    }

    NameEvidence(double add, double floor, String explanation) {
        this.score = add;
        this.floor = floor;
        this.explanation = explanation;
    }

    /** Context added to a score. */
    double lift(double base) {
        return Math.max(base, floor) + score;
    }
}
