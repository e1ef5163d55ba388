package nl.openbaar.request;

import static nl.openbaar.shared.DutchDates.short_;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.audit.model.Acted;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Limits;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.Bounds;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an event on a request's timeline after checking it against the law and the timeline so far:
 * an extension only once and only before the first term expires, a view received only after one was asked, …
 * A rejected event writes nothing. Only the case team records events (checked here, for every adapter); a
 * recorded event is audited.
 */
@Service
public class RecordingEvent {

    private final JdbcRequests requests;
    private final KeepingDeadlines deadlines;
    private final Clock clock;
    private final CasePolicy policy;
    private final ApplicationEventPublisher events;

    public RecordingEvent(JdbcRequests requests, KeepingDeadlines deadlines, Clock clock, CasePolicy policy,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.clock = clock;
        this.policy = policy;
        this.events = events;
    }

    @Transactional
    public VerzoekView record(String kenmerk, NewEvent in, Actor actor) {
        Verzoek verzoek = requests.findByKenmerk(kenmerk)
                .orElseThrow(() -> new NotFoundException("verzoek " + kenmerk + " bestaat niet"));
        policy.requireCaseWork(actor, kenmerk);
        String user = actor.username();
        EventType type = EventType.parse(in.type());
        if (type == EventType.RECEIVED || type.system()) {
            throw new InvalidInputException("type", "'" + type.code() + "' wordt door Openbaar zelf vastgelegd");
        }
        if (in.date() == null) {
            throw new InvalidInputException("date", "de datum ontbreekt");
        }
        Bounds.date("date", in.date());
        Bounds.text("note", in.note(), Limits.NOTE);
        Bounds.text("letter", in.letter(), Limits.LETTER);
        Bounds.count("details", in.details().keySet(), Limits.DETAIL_COUNT);
        in.details().forEach((k, v) -> Bounds.text(k, v, Limits.DETAIL));
        Bounds.text("details", String.join("", in.details().values().stream().filter(v -> v != null).toList()), Limits.DETAILS);
        if (in.date().isBefore(verzoek.receivedDate())) {
            throw new InvalidInputException("date", short_(in.date()) + " ligt vóór de ontvangst van het verzoek ("
                    + short_(verzoek.receivedDate()) + ")");
        }
        if (in.date().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("date", short_(in.date()) + " ligt in de toekomst");
        }
        Map<String, String> details = new LinkedHashMap<>();
        in.details().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                details.put(k, v.strip());
            }
        });
        for (String required : type.requiredDetails()) {
            if (!details.containsKey(required)) {
                throw new InvalidInputException(required, "nodig bij '" + type.label() + "'");
            }
        }
        VerzoekView now = deadlines.view(verzoek);
        checkAgainstTimeline(type, in.date(), details, now);

        requests.insertEvent(verzoek.id(), new Event(0, type, in.date(), blankToNull(in.note()), blankToNull(in.letter()),
                details, clock.instant(), user));
        // The publication on the timeline is part of the publisher's act (the second pair of eyes), not case work.
        events.publishEvent(Acted.onRequest(user, type == EventType.PUBLISHED ? AuditAction.REQUEST_PUBLISHED_RECORDED
                : AuditAction.REQUEST_EVENT_RECORDED, kenmerk, null, in));
        return deadlines.refresh(verzoek.id(), null);
    }

    private void checkAgainstTimeline(EventType type, LocalDate date, Map<String, String> details, VerzoekView now) {
        List<Event> events = now.events();
        switch (type) {
            case EXTENDED -> {
                if (has(events, EventType.EXTENDED)) {
                    throw new InvalidInputException("type", "de beslistermijn is al verdaagd; verdagen kan maar één keer");
                }
                LocalDate lastDay = now.deadlines().extensionLastDay();
                if (date.isAfter(lastDay)) {
                    throw new InvalidInputException("date", "verdagen op " + short_(date) + " kan niet meer: de eerste termijn"
                            + " eindigde " + short_(lastDay) + " (de verdaging moet vóór afloop worden verzonden)");
                }
            }
            case DEADLINE_AGREED -> {
                LocalDate agreed = date(details, Event.AGREED_DATE);
                if (!agreed.isAfter(date)) {
                    throw new InvalidInputException(Event.AGREED_DATE, "de afgesproken termijn moet na de afspraak liggen");
                }
            }
            case VIEWS_REQUESTED -> {
                String days = details.get(Event.VIEW_TERM_DAYS);
                if (days != null && (!days.matches("\\d{1,3}") || Integer.parseInt(days) == 0)) {
                    throw new InvalidInputException(Event.VIEW_TERM_DAYS, "geef de termijn voor de zienswijze in dagen (1–999)");
                }
            }
            case VIEWS_RECEIVED -> {
                if (count(events, EventType.VIEWS_RECEIVED) >= count(events, EventType.VIEWS_REQUESTED)) {
                    throw new InvalidInputException("type", "er is geen openstaand verzoek om een zienswijze");
                }
            }
            case RESUMED -> {
                if (count(events, EventType.RESUMED) >= count(events, EventType.SUSPENDED)) {
                    throw new InvalidInputException("type", "de termijn is niet opgeschort");
                }
            }
            case COURT_ORDER -> {
                LocalDate by = date(details, Event.DECIDE_BY);
                if (by.isBefore(date)) {
                    throw new InvalidInputException(Event.DECIDE_BY, "de termijn van de rechter eindigt vóór de uitspraak");
                }
                amount(details, Event.PENALTY_PER_DAY);
                amount(details, Event.PENALTY_MAXIMUM);
            }
            case FORWARDED -> {
                String scope = details.getOrDefault(Event.SCOPE, "geheel");
                if (!scope.equals("geheel") && !scope.equals("deels")) {
                    throw new InvalidInputException(Event.SCOPE, "kies geheel of deels");
                }
                details.put(Event.SCOPE, scope);
            }
            case SENT -> {
                if (!has(events, EventType.DECIDED)) {
                    throw new InvalidInputException("type", "leg eerst het besluit vast");
                }
            }
            case PUBLISHED -> {
                // Publication follows the decision and its sending: the portal shows both dates.
                if (!has(events, EventType.DECIDED) || !has(events, EventType.SENT)) {
                    throw new InvalidInputException("type", "publiceren kan pas als het besluit is genomen en verzonden:"
                            + " leg eerst de besluitdatum en de verzenddatum vast");
                }
            }
            case DECIDED -> {
                if (has(events, EventType.DECIDED)) {
                    throw new InvalidInputException("type", "er is al een besluit vastgelegd");
                }
            }
            default -> { }
        }
    }

    private static LocalDate date(Map<String, String> details, String key) {
        try {
            return Bounds.date(key, LocalDate.parse(details.get(key)));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key, "'" + details.get(key) + "' is geen geldige datum (jjjj-mm-dd)");
        }
    }

    private static void amount(Map<String, String> details, String key) {
        try {
            if (new BigDecimal(details.get(key)).signum() <= 0) {
                throw new InvalidInputException(key, "het bedrag moet groter dan nul zijn");
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "'" + details.get(key) + "' is geen bedrag");
        }
    }

    private static boolean has(List<Event> events, EventType type) {
        return count(events, type) > 0;
    }

    private static long count(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
