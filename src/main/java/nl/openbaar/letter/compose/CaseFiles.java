package nl.openbaar.letter.compose;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.organisation.model.Organisation;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Timeline;
import nl.openbaar.request.model.VerzoekView;

/**
 * Puts a case file together. Dates a letter states are the ones that were true when the step was taken: the
 * new deadline of an extension is computed from the timeline as it stood on the day the extension was sent,
 * so a later suspension does not rewrite what the requester was told.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    public static CaseFile of(VerzoekView view, Inventaris inventaris, Map<Long, DocumentRedactions> boxes, Zoekslag zoekslag,
            TextCatalogue texts, Organisation organisation, LocalDate date, boolean anonymised, ComputingDeadline engine) {
        Map<Long, LocalDate> extendedTo = new HashMap<>();
        for (Event e : view.events()) {
            if (e.type() == EventType.EXTENDED) {
                extendedTo.put(e.id(), asOf(view, e.date(), engine).legalDeadline());
            }
        }
        LocalDate firstTerm = asOf(view, date, engine).extensionLastDay();
        return new CaseFile(view, inventaris, boxes, zoekslag, texts, organisation, extendedTo, firstTerm, date, anonymised);
    }

    /** The deadlines as they were on a given day: only the events up to and including it count. */
    public static DeadlineReport asOf(VerzoekView view, LocalDate day, ComputingDeadline engine) {
        List<Event> until = view.events().stream().filter(e -> !e.date().isAfter(day)).toList();
        return engine.compute(Timeline.facts(view.verzoek(), until, day));
    }
}
