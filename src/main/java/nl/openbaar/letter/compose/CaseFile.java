package nl.openbaar.letter.compose;

import java.time.LocalDate;
import java.util.Map;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.request.model.VerzoekView;

/**
 * Everything a letter is written from: the request with its timeline, the inventory, the search record and the
 * texts in force for this case (defaults, administrator's changes and the case's own texts, layered).
 *
 * @param extendedTo  for each extension event, the deadline it set (computed as of the day it was sent)
 * @param firstTerm   the end of the first term (four weeks, Atw applied) as of the letter's date
 * @param date        the letter's date
 * @param anonymised  write the version for publication: no name, address or contact data of the requester
 */
public record CaseFile(
        VerzoekView view,
        Inventaris inventaris,
        Zoekslag zoekslag,
        TextCatalogue texts,
        Map<Long, LocalDate> extendedTo,
        LocalDate firstTerm,
        LocalDate date,
        boolean anonymised) {

    public CaseFile {
        extendedTo = extendedTo == null ? Map.of() : Map.copyOf(extendedTo);
    }

    public CaseFile asPublished() {
        return new CaseFile(view, inventaris, zoekslag, texts, extendedTo, firstTerm, date, true);
    }
}
