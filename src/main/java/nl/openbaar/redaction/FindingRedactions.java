package nl.openbaar.redaction;

import java.util.List;
import nl.openbaar.redaction.internal.JdbcRedactions;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionChange;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** Reading redactions: per document or request, one with its history, and the boxes to apply to a document. */
@Service
public class FindingRedactions {

    private final JdbcRedactions redactions;

    public FindingRedactions(JdbcRedactions redactions) {
        this.redactions = redactions;
    }

    public List<Redaction> forDocument(long documentId) {
        return redactions.forDocument(documentId);
    }

    public List<Redaction> forRequest(long requestId) {
        return redactions.forRequest(requestId);
    }

    public Redaction get(long id) {
        return redactions.find(id).orElseThrow(() -> new NotFoundException("weglakking " + id));
    }

    public List<RedactionChange> history(long id) {
        get(id);
        return redactions.changes(id);
    }

    /** The accepted redactions of a document, the only ones that are applied. */
    public List<Redaction> accepted(long documentId) {
        return redactions.forDocument(documentId).stream().filter(r -> r.status() == RedactionStatus.ACCEPTED).toList();
    }

    /** The boxes the engine removes from the document's working PDF. */
    public List<RedactionBox> boxesToApply(long documentId) {
        return accepted(documentId).stream().flatMap(r -> r.boxes().stream()).toList();
    }

    /** Proposals nobody decided on yet: a document with these is not ready to publish. */
    public long undecided(long documentId) {
        return redactions.forDocument(documentId).stream().filter(r -> r.status() == RedactionStatus.PROPOSED).count();
    }

    /**
     * The ground a box drawn by hand starts with: the one most accepted redactions of the case have (ties: the lower
     * code), or empty when nothing is accepted yet.
     */
    public java.util.Optional<String> mostUsedGround(long requestId) {
        return redactions.forRequest(requestId).stream().filter(r -> r.status() == RedactionStatus.ACCEPTED)
                .collect(java.util.stream.Collectors.groupingBy(Redaction::ground, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(java.util.Map.Entry.<String, Long>comparingByKey().reversed()))
                .map(java.util.Map.Entry::getKey);
    }

    /** How far review is: decided (accepted or rejected) and all redactions, of a document or a case. */
    public record Progress(long decided, long total) {
    }

    public Progress progress(List<Redaction> redactions) {
        return new Progress(redactions.stream().filter(r -> r.status() != RedactionStatus.PROPOSED).count(), redactions.size());
    }
}
