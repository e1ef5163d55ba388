package nl.openbaar.publication;

import java.time.LocalDate;
import nl.openbaar.publication.model.CaseDates;
import nl.openbaar.publication.model.PublicationSource;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.VerzoekView;
import org.springframework.stereotype.Service;

/**
 * The one place where publication reads a case's dates (receipt, decision, sending, deadline). For a decision on
 * a request handled here they come from the request's timeline, live; for an imported decision from what was
 * stored at import. When the case lifecycle gets its own single source of status and dates, this class is what
 * changes.
 */
@Service
public class ReadingCaseDates {

    private final FindingRequests requests;

    public ReadingCaseDates(FindingRequests requests) {
        this.requests = requests;
    }

    public CaseDates of(Publicatie p) {
        if (p.source() == PublicationSource.CASE && p.kenmerk() != null) {
            return requests.find(p.kenmerk()).map(ReadingCaseDates::of)
                    .map(d -> d.decided() == null && p.decisionDate() != null
                            ? new CaseDates(d.received(), p.decisionDate(), d.sent(), d.deadline()) : d)
                    .orElse(stored(p));
        }
        return stored(p);
    }

    /** The dates on a request's timeline. */
    public CaseDates ofCase(String kenmerk) {
        return of(requests.get(kenmerk));
    }

    /** The dates on a request's timeline, for a view already read. */
    public CaseDates ofView(VerzoekView v) {
        return of(v);
    }

    private static CaseDates of(VerzoekView v) {
        return new CaseDates(v.verzoek().receivedDate(), first(v, EventType.DECIDED), first(v, EventType.SENT),
                v.deadlines() == null ? null : v.deadlines().deadline());
    }

    private static CaseDates stored(Publicatie p) {
        return new CaseDates(p.receivedDate(), p.decisionDate(), p.sentDate(), null);
    }

    private static LocalDate first(VerzoekView v, EventType type) {
        return v.events().stream().filter(e -> e.type() == type).map(Event::date).findFirst().orElse(null);
    }
}
