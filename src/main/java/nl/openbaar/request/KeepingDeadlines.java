package nl.openbaar.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.deadline.DeadlineCalendar;
import nl.openbaar.deadline.HolidayTableChanged;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Timeline;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.DutchDates;
import nl.openbaar.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each request's stored deadline equal to what the law gives today. Deadlines are always computed from
 * the events; the stored copy serves sorting and shows when a deadline moved without a new event: a changed
 * holiday table, or a release with a new royal decree. Such a move is written on the request's timeline.
 */
@Service
public class KeepingDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(KeepingDeadlines.class);

    private final JdbcRequests requests;
    private final DeadlineCalendar calendar;
    private final Clock clock;

    public KeepingDeadlines(JdbcRequests requests, DeadlineCalendar calendar, Clock clock) {
        this.requests = requests;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The request with its deadlines as of today, without storing anything. */
    public VerzoekView view(Verzoek verzoek) {
        List<Event> events = requests.events(verzoek.id());
        DeadlineReport report = calendar.compute(Timeline.facts(verzoek, events, LocalDate.now(clock)));
        return new VerzoekView(verzoek, events, report);
    }

    /**
     * Recomputes and stores a request's deadline.
     *
     * @param reason when not null and the deadline moved, a "deadline recomputed" event with this reason is recorded
     */
    @Transactional
    public VerzoekView refresh(long id, String reason) {
        Verzoek verzoek = requests.findById(id).orElseThrow(() -> new NotFoundException("verzoek " + id + " bestaat niet"));
        Optional<LocalDate> before = requests.storedDeadline(id);
        VerzoekView view = view(verzoek);
        DeadlineReport r = view.deadlines();
        boolean closed = !r.status().open() || view.events().stream().anyMatch(e -> e.type() == EventType.WITHDRAWN);
        if (reason != null && before.isPresent() && !before.get().equals(r.deadline())) {
            requests.insertEvent(id, new Event(0, EventType.DEADLINE_RECOMPUTED, LocalDate.now(clock),
                    "termijn verschoven van " + DutchDates.short_(before.get()) + " naar " + DutchDates.short_(r.deadline())
                            + ": " + reason,
                    null, Map.of(Event.OLD_DEADLINE, before.get().toString(), Event.NEW_DEADLINE, r.deadline().toString()),
                    clock.instant(), "openbaar"));
            view = view(verzoek);
        }
        requests.storeDeadline(id, r.deadline(), r.explanation(), closed);
        return view;
    }

    @EventListener
    @Transactional
    public void onHolidayTableChanged(HolidayTableChanged change) {
        recomputeOpen(change.reason());
    }

    /** At start-up: a new release may carry a new royal decree or corrected holiday data. */
    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        int moved = recomputeOpen("de feestdagentabel van deze versie wijkt af van de vorige berekening");
        if (moved > 0) {
            LOG.info("{} open requests got a new deadline after the holiday table changed", moved);
        }
    }

    @Transactional
    public int recomputeOpen(String reason) {
        int moved = 0;
        for (long id : requests.openIds()) {
            Optional<LocalDate> before = requests.storedDeadline(id);
            VerzoekView after = refresh(id, reason);
            if (before.isPresent() && !before.get().equals(after.deadlines().deadline())) {
                moved++;
            }
        }
        return moved;
    }
}
