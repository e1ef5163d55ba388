package nl.openbaar.publication;

import java.time.LocalDate;
import nl.openbaar.document.Documents;
import nl.openbaar.publication.model.CaseDates;
import nl.openbaar.publication.model.CaseStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Stage;
import nl.openbaar.request.model.Stage.DocumentProgress;
import nl.openbaar.request.model.VerzoekView;
import org.springframework.stereotype.Service;

/**
 * The one source of a case's status: the request page, the case list, the dashboard, the requester's status page
 * and the portal all ask here, so they cannot disagree. The stage comes from the timeline ({@link Stage#of}),
 * with the documents telling "collecting" from "reviewing"; the dates from {@link ReadingCaseDates}.
 */
@Service
public class ReadingCaseStatus {

    private final FindingRequests requests;
    private final Documents documents;
    private final FindingRedactions redactions;
    private final ReadingCaseDates dates;

    public ReadingCaseStatus(FindingRequests requests, Documents documents, FindingRedactions redactions, ReadingCaseDates dates) {
        this.requests = requests;
        this.documents = documents;
        this.redactions = redactions;
        this.dates = dates;
    }

    public CaseStatus of(VerzoekView v) {
        return new CaseStatus(stage(v), dates.ofView(v), first(v, EventType.PUBLISHED));
    }

    public CaseStatus of(String kenmerk) {
        return of(requests.get(kenmerk));
    }

    /** The status behind a publication: its case's when it was handled here, else published on its own dates. */
    public CaseStatus of(Publicatie p) {
        CaseDates d = dates.of(p);
        if (p.kenmerk() != null && p.source() == nl.openbaar.publication.model.PublicationSource.CASE) {
            var v = requests.find(p.kenmerk());
            if (v.isPresent()) {
                return new CaseStatus(stage(v.get()), d, first(v.get(), EventType.PUBLISHED));
            }
        }
        return new CaseStatus(Stage.PUBLISHED, d, p.publishedAt() == null ? null
                : p.publishedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate());
    }

    private Stage stage(VerzoekView v) {
        Stage fromEvents = Stage.of(v.events(), DocumentProgress.NONE);
        if (!fromEvents.beforeDecision() || fromEvents == Stage.FORWARDED) {
            return fromEvents;
        }
        long id = v.verzoek().id();
        DocumentProgress progress = !redactions.forRequest(id).isEmpty() ? DocumentProgress.REVIEWED
                : !documents.forRequest(id).isEmpty() ? DocumentProgress.COLLECTED : DocumentProgress.NONE;
        return Stage.of(v.events(), progress);
    }

    private static LocalDate first(VerzoekView v, EventType type) {
        return v.events().stream().filter(e -> e.type() == type).map(Event::date).findFirst().orElse(null);
    }
}
