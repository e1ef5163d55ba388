package nl.openbaar.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.redaction.ProposingRedactions;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.layout.PageLayout;
import org.springframework.stereotype.Service;

/**
 * "Find personal data" on the request page and {@code openbaar review propose}: detection over the whole case at once (so a person found in one
 * document is known in all), every finding stored as a proposal. As in the pipeline, what detection is sure of
 * (e-mail addresses, phone numbers, known names) is accepted at once, marked as decided "automatisch"; what it only
 * offers for review (policy opinions, weak names) waits for a person. Decisions people took earlier are kept.
 */
@Service
public class ProposingForReview {

    /** How many proposals, over how many documents. */
    public record Outcome(int proposals, int documents) {
    }

    private final Documents documents;
    private final FindingRequests requests;
    private final ProposingRedactions proposing;
    private final AcceptingUnattended unattended;
    private final DetectingPersonalData detection = DetectingPersonalData.standard();
    private final double acceptFrom;

    /**
     * @param acceptFrom {@code openbaar.review.accept-unattended-from}: the confidence from which a finding detection
     *                   would redact is accepted without a person (default 0.9: e-mail addresses, validated phone numbers,
     *                   BSN, IBAN, names from a header or signature); below it, such as an address without a postcode
     *                   beside it (0.7) or a name only the name model found, it waits for review. 1.0 leaves everything
     *                   to a person; 0 accepts all that detection would redact, as before.
     */
    @org.springframework.beans.factory.annotation.Autowired
    public ProposingForReview(Documents documents, FindingRequests requests, ProposingRedactions proposing, AcceptingUnattended unattended,
            @org.springframework.beans.factory.annotation.Value("${openbaar.review.accept-unattended-from:0.9}") double acceptFrom) {
        if (!(acceptFrom >= 0 && acceptFrom <= 1.0001)) {
            throw new IllegalArgumentException("openbaar.review.accept-unattended-from must be between 0 and 1: " + acceptFrom);
        }
        this.acceptFrom = acceptFrom;
        this.documents = documents;
        this.requests = requests;
        this.proposing = proposing;
        this.unattended = unattended;
    }

    public Outcome propose(String kenmerk) {
        var regime = requests.get(kenmerk).verzoek().regime();
        List<Document> docs = documents.forRequest(kenmerk).stream()
                .filter(d -> d.included() && !d.failed() && !d.isDuplicate() && d.pageCount() > 0).toList();
        Map<Long, List<PageLayout>> pages = new LinkedHashMap<>();
        for (Document d : docs) {
            pages.put(d.id(), documents.pages(d.id()));
        }
        DetectionSettings settings = DetectionSettings.of(regime);
        requests.get(kenmerk).verzoek().verzoeker().personName().ifPresent(n -> settings.register().addPerson(n, "verzoeker"));
        Map<Long, java.time.LocalDate> dates = new java.util.HashMap<>();
        docs.forEach(d -> dates.put(d.id(), d.date()));
        Map<Long, DetectionResult> found = detection.detectCase(pages, settings, dates::get);
        List<NewRedaction> proposals = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Document d : docs) {
            DetectionResult result = found.get(d.id());
            if (result == null) {
                continue;
            }
            for (Finding f : result.findings()) {
                FindingProposal.of(d.id(), f, pages.get(d.id())).ifPresent(p -> {
                    findings.add(f);
                    proposals.add(p);
                });
            }
        }
        List<Redaction> stored = proposing.propose(proposals, "detectie");
        for (int i = 0; i < findings.size(); i++) {
            Redaction r = stored.get(i);
            if (sure(findings.get(i)) && r.status() == RedactionStatus.PROPOSED) {
                unattended.accept(r, kenmerk);
            }
        }
        return new Outcome(proposals.size(), docs.size());
    }

    /** Whether a finding is accepted without a person: detection would redact it, and its confidence is high enough. */
    boolean sure(Finding f) {
        return f.handling() == Handling.REDACT && f.score() >= acceptFrom;
    }
}
