package nl.openbaar.document;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.openbaar.document.internal.JdbcDocuments;
import nl.openbaar.document.internal.JdbcOrganising;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DuplicateGroup;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case handler's choices about which documents belong to the case and which are duplicates. Families stay
 * together: including or excluding a document does the same to its e-mail and attachments. Every choice
 * renumbers the inventory.
 */
@Service
public class ChoosingDocuments {

    private final JdbcDocuments documents;
    private final JdbcOrganising organising;
    private final OrganisingDocuments organiser;
    private final TransactionTemplate tx;

    public ChoosingDocuments(JdbcDocuments documents, JdbcOrganising organising, OrganisingDocuments organiser, TransactionTemplate tx) {
        this.documents = documents;
        this.organising = organising;
        this.organiser = organiser;
        this.tx = tx;
    }

    /** Keeps exactly the families of the given documents in the case (a sweep's hits); the others are excluded. */
    public void keepOnly(long requestId, Collection<Long> documentIds) {
        tx.executeWithoutResult(s -> {
            Set<Long> families = new HashSet<>();
            for (Long id : documentIds) {
                documents.find(id).filter(d -> d.requestId() == requestId).ifPresent(d -> families.add(d.familyId()));
            }
            for (Document d : documents.forRequest(requestId)) {
                if (d.parentId() == null) {
                    organising.include(d.id(), families.contains(d.familyId()));
                }
            }
        });
        organiser.organise(requestId);
    }

    /** Includes or excludes one document with its family. */
    public Document include(long id, boolean included) {
        Document d = get(id);
        tx.executeWithoutResult(s -> organising.include(d.familyId(), included));
        organiser.organise(d.requestId());
        return get(id);
    }

    /** The case handler decides that a document duplicates another; kept over every later duplicate run. */
    public Document markDuplicate(long id, long keptId) {
        Document d = get(id);
        Document kept = get(keptId);
        if (id == keptId) {
            throw new InvalidInputException("duplicate-of", "een document kan geen dubbel van zichzelf zijn");
        }
        if (kept.requestId() != d.requestId()) {
            throw new InvalidInputException("duplicate-of", "document " + keptId + " hoort bij een ander verzoek");
        }
        tx.executeWithoutResult(s -> organising.decideDuplicate(id, keptId, "DECIDED"));
        return get(id);
    }

    /** The case handler decides that a document is not a duplicate, whatever the computation says. */
    public Document markNotDuplicate(long id) {
        get(id);
        tx.executeWithoutResult(s -> organising.decideDuplicate(id, null, null));
        return get(id);
    }

    /** Back to the computed duplicate state. */
    public List<DuplicateGroup> undecide(long id) {
        Document d = get(id);
        tx.executeWithoutResult(s -> organising.undecideDuplicate(id));
        return organiser.organise(d.requestId());
    }

    private Document get(long id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("document " + id + " bestaat niet"));
    }
}
