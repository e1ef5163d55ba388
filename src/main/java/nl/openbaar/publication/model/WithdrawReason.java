package nl.openbaar.publication.model;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/**
 * Why a published document is taken off the portal. The list follows the reasons the VWS Woo-platform uses,
 * because those are the leaks and mistakes that happen in practice; each is shown in the public history.
 */
public enum WithdrawReason {
    UNREDACTED_DATA("Ongelakte gegevens in het document"),
    UNREDACTED_FILE_NAME("Ongelakte gegevens in de bestandsnaam"),
    UNREADABLE("Document is onleesbaar"),
    WRONG_ATTACHMENT("De bijlage hoort niet bij het document"),
    PROCEDURE("Er loopt een procedure over dit document"),
    OTHER("Andere reden");

    private final String label;

    WithdrawReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static WithdrawReason parse(String value) {
        if (value != null) {
            for (WithdrawReason r : values()) {
                if (r.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                    return r;
                }
            }
        }
        throw new InvalidInputException("reason", "onbekende reden '" + value + "'; kies uit "
                + java.util.Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
    }
}
