package nl.openbaar.letter.model;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/** The letters Openbaar writes, with the code the CLI and API use and the Dutch name. */
public enum LetterType {
    ACKNOWLEDGEMENT("acknowledgement", "ontvangstbevestiging", "Ontvangstbevestiging"),
    EXTENSION("extension", "verdaging", "Verdaging van de beslistermijn"),
    FORWARDING("forwarding", "doorzending", "Doorzending van een verzoek"),
    VIEWS("views", "zienswijze", "Verzoek om een zienswijze"),
    DECISION("decision", "besluit", "Besluit");

    private final String code;
    private final String dutch;
    private final String label;

    LetterType(String code, String dutch, String label) {
        this.code = code;
        this.dutch = dutch;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The Dutch name, also the name of the file with its texts. */
    public String dutch() {
        return dutch;
    }

    public String label() {
        return label;
    }

    public static LetterType parse(String value) {
        if (value != null) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (LetterType t : values()) {
                if (t.code.equals(v) || t.dutch.equals(v)) {
                    return t;
                }
            }
        }
        throw new InvalidInputException("type", "onbekend soort brief '" + value
                + "': kies decision, acknowledgement, extension, forwarding of views");
    }
}
