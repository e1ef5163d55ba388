package nl.openbaar.request.model;

import java.util.List;
import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/**
 * What can happen to a request, in the order a case usually goes. The decision letter's "Procedure"
 * section is written from these events; {@link #system()} events are the software's own notes and are left out.
 * Each type names the details it requires (see {@link Event#details()}).
 */
public enum EventType {
    RECEIVED("received", "Verzoek ontvangen", List.of(), "ontvangen"),
    ACKNOWLEDGED("acknowledged", "Ontvangst bevestigd", List.of(), "ontvangstbevestiging", "bevestigd"),
    EXTENDED("extended", "Beslistermijn verdaagd", List.of(Event.REASON), "verdaagd", "verdaging"),
    CONTACT("contact", "Contact met de verzoeker", List.of(), "contact-verzoeker"),
    CLARIFICATION_REQUESTED("clarification-requested", "Verzoeker gevraagd het verzoek te preciseren", List.of(),
            "aanvulling-gevraagd", "precisering-gevraagd"),
    CLARIFICATION_RECEIVED("clarification-received", "Precisering van het verzoek ontvangen", List.of(),
            "aanvulling-ontvangen", "precisering-ontvangen"),
    DEADLINE_AGREED("deadline-agreed", "Termijn afgesproken met de verzoeker", List.of(Event.AGREED_DATE),
            "termijn-afgesproken", "afgesproken"),
    VIEWS_REQUESTED("views-requested", "Zienswijze van een derde gevraagd", List.of(), "zienswijze-gevraagd", "zienswijze"),
    VIEWS_RECEIVED("views-received", "Zienswijze ontvangen of termijn verstreken", List.of(), "zienswijze-ontvangen"),
    SUSPENDED("suspended", "Termijn opgeschort", List.of(Event.BASIS), "opgeschort", "opschorting"),
    RESUMED("resumed", "Opschorting beëindigd", List.of(), "hervat"),
    DEFAULT_NOTICE("default-notice", "Ingebrekestelling ontvangen", List.of(), "ingebrekestelling"),
    APPEAL_NOT_TIMELY("appeal-not-timely", "Beroep wegens niet tijdig beslissen ingesteld", List.of(), "beroep-niet-tijdig", "beroep"),
    DEFENCE_FILED("defence-filed", "Verweerschrift ingediend", List.of(), "verweerschrift"),
    COURT_ORDER("court-order", "Uitspraak: beslissen binnen termijn op straffe van een dwangsom",
            List.of(Event.DECIDE_BY, Event.PENALTY_PER_DAY, Event.PENALTY_MAXIMUM), "uitspraak", "rechterlijke-opdracht"),
    FORWARDED("forwarded", "Doorgezonden naar een ander bestuursorgaan", List.of(Event.BODY), "doorgezonden", "doorzending"),
    DECIDED("decided", "Besluit genomen", List.of(), "besloten", "besluit"),
    SENT("sent", "Besluit verzonden", List.of(), "verzonden"),
    PUBLISHED("published", "Besluit en documenten openbaar gemaakt", List.of(), "gepubliceerd"),
    OBJECTION_RECEIVED("objection-received", "Bezwaar ontvangen", List.of(), "bezwaar"),
    WITHDRAWN("withdrawn", "Verzoek ingetrokken", List.of(), "ingetrokken"),
    DEADLINE_RECOMPUTED("deadline-recomputed", "Termijn herberekend", List.of(), "termijn-herberekend"),
    AMENDED("amended", "Gegevens van het verzoek gewijzigd", List.of(), "gewijzigd");

    private final String code;
    private final String label;
    private final List<String> requiredDetails;
    private final List<String> aliases;

    EventType(String code, String label, List<String> requiredDetails, String... aliases) {
        this.code = code;
        this.label = label;
        this.requiredDetails = requiredDetails;
        this.aliases = List.of(aliases);
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<String> requiredDetails() {
        return requiredDetails;
    }

    /** Written by the software itself (a recomputed deadline), not a step in the procedure. */
    public boolean system() {
        return this == DEADLINE_RECOMPUTED || this == AMENDED;
    }

    /** Parses the code ("extended") or a Dutch alias ("verdaagd"). */
    public static EventType parse(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (EventType t : values()) {
                if (t.code.equals(v) || t.aliases.contains(v)) {
                    return t;
                }
            }
        }
        throw new InvalidInputException("type", "onbekend soort gebeurtenis '" + value + "'");
    }
}
