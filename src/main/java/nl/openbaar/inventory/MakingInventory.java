package nl.openbaar.inventory;

import nl.openbaar.inventory.internal.JdbcJudgements;
import nl.openbaar.inventory.model.InventoryRules;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.RuleBase;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Verzoek;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Derives a request's inventory from its documents, their judgements and their redactions, as they are now. */
@Service
@Transactional(readOnly = true)
public class MakingInventory {

    private final FindingRequests requests;
    private final DocumentCatalogue documents;
    private final RedactionRegister redactions;
    private final JdbcJudgements judgements;
    private final RuleBase law;

    /**
     * @param registers the accepted boxes, from whichever capability provides them (the pipeline does, on top of
     *                  redaction); without one no document has boxes, so "deels openbaar" is reported as
     *                  inconsistent and nothing is published by mistake
     */
    @org.springframework.beans.factory.annotation.Autowired
    public MakingInventory(FindingRequests requests, DocumentCatalogue documents,
            org.springframework.beans.factory.ObjectProvider<RedactionRegister> registers, JdbcJudgements judgements, RuleBase law) {
        this(requests, documents, registers.getIfAvailable(() -> kenmerk -> java.util.Map.of()), judgements, law);
    }

    public MakingInventory(FindingRequests requests, DocumentCatalogue documents, RedactionRegister redactions,
            JdbcJudgements judgements, RuleBase law) {
        this.requests = requests;
        this.documents = documents;
        this.redactions = redactions;
        this.judgements = judgements;
        this.law = law;
    }

    /** The accepted boxes of the request's documents, by document id: what each ground covers, for the decision's reasoning. */
    public java.util.Map<Long, nl.openbaar.inventory.model.DocumentRedactions> redactions(String kenmerk) {
        return redactions.redactions(kenmerk);
    }

    public Inventaris inventaris(String kenmerk) {
        Verzoek v = requests.get(kenmerk).verzoek();
        return InventoryRules.derive(v.kenmerk(), v.regime(), documents.documents(v.kenmerk()), judgements.forRequest(v.id()),
                redactions.redactions(v.kenmerk()), law);
    }
}
