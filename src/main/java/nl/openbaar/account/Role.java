package nl.openbaar.account;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/** What a user may do. A publisher approves what a case handler or lawyer prepared: four eyes before publication. */
public enum Role {
    CASE_HANDLER("behandelaar"),
    LAWYER("jurist"),
    PUBLISHER("publicatie"),
    ADMIN("beheerder");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String value) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(value.trim()) || r.label.equalsIgnoreCase(value.trim())
                    || r.name().replace('_', '-').equalsIgnoreCase(value.trim())) {
                return r;
            }
        }
        throw new InvalidInputException("role", "onbekende rol '" + value + "'; kies uit "
                + java.util.Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
    }
}
