package nl.openbaar.request.model;

import java.util.List;
import nl.openbaar.deadline.model.DeadlineReport;

/** A request with its timeline and its deadlines as of today: what pages, the API and letters show. */
public record VerzoekView(Verzoek verzoek, List<Event> events, DeadlineReport deadlines) {

    public VerzoekView {
        events = List.copyOf(events);
    }

    /** The steps of the procedure, without the software's own notes. */
    public List<Event> procedure() {
        return events.stream().filter(e -> !e.type().system()).toList();
    }
}
