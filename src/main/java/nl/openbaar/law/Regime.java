package nl.openbaar.law;

import java.time.LocalDate;
import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/**
 * The law under which a request is handled. The Woo replaced the Wob on 1 May 2022 (Stb. 2021, 499);
 * a request is a Woo request when it was received on or after that day, unless the case handler overrides it.
 */
public enum Regime {
    WOB("Wob", "Wet openbaarheid van bestuur"),
    WOO("Woo", "Wet open overheid");

    public static final LocalDate WOO_IN_FORCE = LocalDate.of(2022, 5, 1);

    private final String shortName;
    private final String fullName;

    Regime(String shortName, String fullName) {
        this.shortName = shortName;
        this.fullName = fullName;
    }

    public String shortName() {
        return shortName;
    }

    public String fullName() {
        return fullName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Regime forReceivedDate(LocalDate received) {
        return received.isBefore(WOO_IN_FORCE) ? WOB : WOO;
    }

    /** Parses "woo" or "wob" (any case); anything else is an input error on the given field. */
    public static Regime parse(String value, String field) {
        if (value != null) {
            for (Regime r : values()) {
                if (r.code().equalsIgnoreCase(value.trim())) {
                    return r;
                }
            }
        }
        throw new InvalidInputException(field, "onbekend regime '" + value + "': kies woo of wob");
    }
}
