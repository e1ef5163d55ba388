package nl.openbaar.letter.compose;

import java.time.LocalDate;
import java.util.Map;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.organisation.model.Organisation;
import nl.openbaar.request.model.VerzoekView;

/**
 * Everything a letter is written from: the request with its timeline, the inventory, the accepted redaction boxes
 * (what each ground covers, per document), the search record, the organisation from the settings (letterhead,
 * signature) and the texts in force for this case (defaults, administrator's changes and the case's own texts,
 * layered).
 *
 * @param boxes       the accepted boxes by document id, with their ground and category; empty when unknown
 * @param extendedTo  for each extension event, the deadline it set (computed as of the day it was sent)
 * @param firstTerm   the end of the first term (four weeks, Atw applied) as of the letter's date
 * @param date        the letter's date
 * @param anonymised  write the version for publication: no name, address or contact data of the requester
 */
public record CaseFile(
        VerzoekView view,
        Inventaris inventaris,
        Map<Long, DocumentRedactions> boxes,
        Zoekslag zoekslag,
        TextCatalogue texts,
        Organisation organisation,
        Map<Long, LocalDate> extendedTo,
        LocalDate firstTerm,
        LocalDate date,
        boolean anonymised) {

    public CaseFile {
        extendedTo = extendedTo == null ? Map.of() : Map.copyOf(extendedTo);
        boxes = boxes == null ? Map.of() : Map.copyOf(boxes);
        if (organisation == null) {
            throw new IllegalArgumentException("a letter needs the organisation that sends it");
        }
    }

    public CaseFile asPublished() {
        return new CaseFile(view, inventaris, boxes, zoekslag, texts, organisation, extendedTo, firstTerm, date, true);
    }
}
