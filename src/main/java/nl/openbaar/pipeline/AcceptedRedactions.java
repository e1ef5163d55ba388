package nl.openbaar.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.inventory.RedactionRegister;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionArea;
import nl.openbaar.request.FindingRequests;
import org.springframework.stereotype.Component;

/**
 * The inventory's view of the redactions: every accepted box of a request's documents with its ground and the text
 * under it (which the inventory uses to scrub the same words from the titles it publishes). The adapter lives here,
 * above both capabilities, so that redaction need not know the inventory.
 */
@Component
class AcceptedRedactions implements RedactionRegister {

    private final FindingRequests requests;
    private final FindingRedactions redactions;

    AcceptedRedactions(FindingRequests requests, FindingRedactions redactions) {
        this.requests = requests;
        this.redactions = redactions;
    }

    @Override
    public Map<Long, DocumentRedactions> redactions(String kenmerk) {
        long requestId = requests.get(kenmerk).verzoek().id();
        Map<Long, List<DocumentRedactions.Mark>> marks = new LinkedHashMap<>();
        for (Redaction r : redactions.forRequest(requestId)) {
            if (r.status() != nl.openbaar.redaction.model.RedactionStatus.ACCEPTED) {
                continue;
            }
            for (RedactionArea a : r.areas()) {
                marks.computeIfAbsent(r.documentId(), id -> new ArrayList<>()).add(new DocumentRedactions.Mark(r.ground(), r.coveredText(), r.category()));
            }
        }
        Map<Long, DocumentRedactions> out = new LinkedHashMap<>();
        marks.forEach((id, m) -> out.put(id, new DocumentRedactions(id, m)));
        return out;
    }
}
