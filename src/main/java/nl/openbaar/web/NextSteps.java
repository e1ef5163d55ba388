package nl.openbaar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.deadline.model.DeadlineStatus;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.VerzoekView;
import org.springframework.stereotype.Component;

/**
 * What a case needs next, read from its timeline and deadlines: the step a careful case handler would take now.
 * The first that applies wins, most pressing first.
 */
@Component
class NextSteps {

    /** A message key, its arguments, and whether it is pressing (shown in red). */
    public record Step(String key, List<Object> args, boolean urgent) {
    }

    private final BackOfficePublications publications;
    private final Clock clock;

    NextSteps(BackOfficePublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    Step of(VerzoekView v) {
        List<Event> events = v.events();
        LocalDate today = LocalDate.now(clock);
        var d = v.deadlines();
        boolean decided = has(events, EventType.DECIDED);
        if (has(events, EventType.WITHDRAWN)) {
            return new Step("next.withdrawn", List.of(), false);
        }
        if (has(events, EventType.FORWARDED) && !decided) {
            return new Step("next.forwarded", List.of(), false);
        }
        if (d.status() == DeadlineStatus.OVERDUE) {
            return new Step(d.penalty() != null ? "next.overduePenalty" : "next.overdue", List.of(), true);
        }
        if (!decided && !has(events, EventType.ACKNOWLEDGED)) {
            return new Step("next.acknowledge", List.of(), false);
        }
        if (!decided && !d.extended() && d.extensionLastDay() != null && !today.isAfter(d.extensionLastDay())
                && d.daysLeft() != null && d.daysLeft() <= 7) {
            return new Step("next.considerExtension", List.of(d.extensionLastDay()), true);
        }
        if (d.status() == DeadlineStatus.SUSPENDED) {
            return new Step("next.suspended", List.of(), false);
        }
        if (!decided) {
            return new Step("next.decide", List.of(d.deadline()), d.daysLeft() != null && d.daysLeft() <= 7);
        }
        if (!has(events, EventType.SENT)) {
            return new Step("next.send", List.of(), true);
        }
        List<Publicatie> pubs = publications.forRequest(v.verzoek().kenmerk());
        if (pubs.stream().anyMatch(p -> p.status() == PublicationStatus.AWAITING_APPROVAL)) {
            return new Step("next.awaitApproval", List.of(), false);
        }
        if (pubs.stream().anyMatch(p -> p.status() == PublicationStatus.APPROVED)) {
            return new Step("next.publish", List.of(), false);
        }
        if (pubs.stream().noneMatch(p -> p.status() == PublicationStatus.PUBLISHED)) {
            return new Step("next.preparePublication", List.of(), false);
        }
        return new Step("next.done", List.of(), false);
    }

    private static boolean has(List<Event> events, EventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }
}
