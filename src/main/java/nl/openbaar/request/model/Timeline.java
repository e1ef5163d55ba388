package nl.openbaar.request.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import nl.openbaar.deadline.model.AgreedDeadline;
import nl.openbaar.deadline.model.CourtOrder;
import nl.openbaar.deadline.model.DeadlineFacts;
import nl.openbaar.deadline.model.Suspension;
import nl.openbaar.law.Regime;

/** Turns a request's timeline into the facts the deadline engine counts with. */
public final class Timeline {

    static final int DEFAULT_VIEW_TERM_DAYS = 14;

    private Timeline() {
    }

    public static DeadlineFacts facts(Verzoek verzoek, List<Event> events, LocalDate today) {
        DeadlineFacts facts = DeadlineFacts.received(verzoek.regime(), verzoek.receivedDate(), today);
        Deque<Event> openViews = new ArrayDeque<>();
        Deque<Event> openSuspensions = new ArrayDeque<>();
        List<Event> ordered = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
        String viewBasis = verzoek.regime() == Regime.WOO ? "zienswijze derde (Woo 4.4 lid 3)" : "zienswijze derde (Wob 6 lid 3)";
        for (Event e : ordered) {
            switch (e.type()) {
                case EXTENDED -> facts = facts.extensionNotice() == null ? facts.withExtension(e.date()) : facts;
                case DEADLINE_AGREED -> facts = facts.withAgreed(new AgreedDeadline(e.date(), LocalDate.parse(e.detail(Event.AGREED_DATE))));
                case VIEWS_REQUESTED -> {
                    openViews.add(e);
                    facts = facts.withThirdPartiesExpectedToObject(true);
                }
                case VIEWS_RECEIVED -> {
                    Event asked = openViews.poll();
                    if (asked != null) {
                        facts = facts.withSuspension(new Suspension(asked.date(), viewEnd(verzoek.regime(), e.date(), asked.date()),
                                viewTermDays(asked), viewBasis));
                    }
                }
                case SUSPENDED -> openSuspensions.add(e);
                case RESUMED -> {
                    Event started = openSuspensions.poll();
                    if (started != null) {
                        facts = facts.withSuspension(new Suspension(started.date(), e.date(), 0, started.detail(Event.BASIS)));
                    }
                }
                case DEFAULT_NOTICE -> facts = facts.defaultNotice() == null ? facts.withDefaultNotice(e.date()) : facts;
                case COURT_ORDER -> facts = facts.withCourtOrder(new CourtOrder(e.date(), LocalDate.parse(e.detail(Event.DECIDE_BY)),
                        new BigDecimal(e.detail(Event.PENALTY_PER_DAY)), new BigDecimal(e.detail(Event.PENALTY_MAXIMUM))));
                case DECIDED -> facts = facts.decided() == null ? facts.withDecided(e.date()) : facts;
                case SENT -> facts = facts.sent() == null ? facts.withSent(e.date()) : facts;
                default -> { }
            }
        }
        for (Event asked : openViews) {
            facts = facts.withSuspension(new Suspension(asked.date(), null, viewTermDays(asked), viewBasis));
        }
        for (Event started : openSuspensions) {
            facts = facts.withSuspension(new Suspension(started.date(), null, 0, started.detail(Event.BASIS)));
        }
        return facts;
    }

    /**
     * The Woo suspends "tot en met" the day the view arrives; the Wob text read for the rule base says "tot de
     * dag" (until, not including). Counting the Wob way gives one day less, which is the safe side.
     */
    private static LocalDate viewEnd(Regime regime, LocalDate viewDate, LocalDate asked) {
        LocalDate end = regime == Regime.WOO ? viewDate : viewDate.minusDays(1);
        return end.isBefore(asked) ? asked : end;
    }

    private static int viewTermDays(Event asked) {
        String days = asked.detail(Event.VIEW_TERM_DAYS);
        return days == null ? DEFAULT_VIEW_TERM_DAYS : Integer.parseInt(days);
    }
}
