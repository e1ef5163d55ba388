package nl.openbaar.request.model;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/** How the request came in. A written request (post, e-mail, form) must be forwarded, not just referred (Woo 4.2). */
public enum Channel {
    POST("per post"),
    EMAIL("per e-mail"),
    WEBFORM("via het webformulier"),
    DESK("aan de balie"),
    PHONE("telefonisch");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean written() {
        return this != DESK && this != PHONE;
    }

    public static Channel parse(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace("-", "");
            for (Channel c : values()) {
                if (c.name().toLowerCase(Locale.ROOT).equals(v)) {
                    return c;
                }
            }
            switch (v) {
                case "brief", "post" -> { return POST; }
                case "mail" -> { return EMAIL; }
                case "formulier", "webformulier", "web" -> { return WEBFORM; }
                case "balie" -> { return DESK; }
                case "telefoon" -> { return PHONE; }
                default -> { }
            }
        }
        throw new InvalidInputException("kanaal", "onbekend kanaal '" + value + "': kies post, email, webform, desk of phone");
    }
}
