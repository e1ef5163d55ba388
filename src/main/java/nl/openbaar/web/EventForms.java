package nl.openbaar.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;

/**
 * The add-event forms of the request page: one small form per kind of event, each asking exactly the
 * details the law needs for it (an extension needs its reason, a court order its term and penalty …).
 */
public final class EventForms {

    /** One input of a form: the detail key the request capability expects, the input type, and whether required. */
    public record Field(String name, String type, boolean required) {
        public String labelKey() {
            return "event.detail." + name;
        }
    }

    public record Form(EventType type, List<Field> fields) {
        public String code() {
            return type.code();
        }

        public String labelKey() {
            return "event.type." + type.code();
        }
    }

    private static final Map<EventType, List<Field>> DETAILS = Map.of(
            EventType.EXTENDED, List.of(new Field(Event.REASON, "textarea", true)),
            EventType.DEADLINE_AGREED, List.of(new Field(Event.AGREED_DATE, "date", true)),
            EventType.VIEWS_REQUESTED, List.of(new Field(Event.THIRD_PARTY, "text", false), new Field(Event.VIEW_TERM_DAYS, "number", false)),
            EventType.SUSPENDED, List.of(new Field(Event.BASIS, "text", true)),
            EventType.COURT_ORDER, List.of(new Field(Event.DECIDE_BY, "date", true), new Field(Event.PENALTY_PER_DAY, "number", true),
                    new Field(Event.PENALTY_MAXIMUM, "number", true)),
            EventType.FORWARDED, List.of(new Field(Event.BODY, "text", true), new Field(Event.SCOPE, "scope", false)));

    static final List<Form> ALL = Arrays.stream(EventType.values())
            .filter(t -> t != EventType.RECEIVED && !t.system())
            .map(t -> new Form(t, DETAILS.getOrDefault(t, List.of())))
            .toList();

    static final List<String> DETAIL_KEYS = ALL.stream().flatMap(f -> f.fields().stream()).map(Field::name).distinct().toList();

    private EventForms() {
    }
}
