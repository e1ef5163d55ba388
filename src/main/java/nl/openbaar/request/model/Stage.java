package nl.openbaar.request.model;

import java.util.List;

/**
 * Where a case stands in its procedure: the one status every page shows (request page, dashboard, the requester's
 * status page, the portal). It is read from the timeline, most advanced step first; only "collecting" and
 * "reviewing" need to know about the documents, which the request does not hold, so the caller says how far
 * the documents are ({@link DocumentProgress}).
 */
public enum Stage {
    REGISTERED("geregistreerd"),
    ACKNOWLEDGED("ontvangst bevestigd"),
    EXTENDED("termijn verdaagd"),
    COLLECTING("documenten verzamelen"),
    REVIEWING("documenten beoordelen"),
    DECIDED("besloten"),
    SENT("besluit verzonden"),
    PUBLISHED("gepubliceerd"),
    OBJECTION("in bezwaar"),
    FORWARDED("doorgezonden"),
    WITHDRAWN("ingetrokken");

    /** How far the documents of a case are: none yet, some collected, some judged or redacted. */
    public enum DocumentProgress { NONE, COLLECTED, REVIEWED }

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still being worked on, before the decision is taken. */
    public boolean beforeDecision() {
        return ordinal() < DECIDED.ordinal();
    }

    public static Stage of(List<Event> events, DocumentProgress documents) {
        if (has(events, EventType.WITHDRAWN)) {
            return WITHDRAWN;
        }
        if (has(events, EventType.OBJECTION_RECEIVED)) {
            return OBJECTION;
        }
        if (has(events, EventType.PUBLISHED)) {
            return PUBLISHED;
        }
        if (has(events, EventType.SENT)) {
            return SENT;
        }
        if (has(events, EventType.DECIDED)) {
            return DECIDED;
        }
        if (has(events, EventType.FORWARDED)) {
            return FORWARDED;
        }
        if (documents == DocumentProgress.REVIEWED) {
            return REVIEWING;
        }
        if (documents == DocumentProgress.COLLECTED) {
            return COLLECTING;
        }
        if (has(events, EventType.EXTENDED)) {
            return EXTENDED;
        }
        if (has(events, EventType.ACKNOWLEDGED)) {
            return ACKNOWLEDGED;
        }
        return REGISTERED;
    }

    private static boolean has(List<Event> events, EventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }
}
