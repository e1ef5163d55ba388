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

    public MakingInventory(FindingRequests requests, DocumentCatalogue documents, RedactionRegister redactions,
            JdbcJudgements judgements, RuleBase law) {
        this.requests = requests;
        this.documents = documents;
        this.redactions = redactions;
        this.judgements = judgements;
        this.law = law;
    }

    public Inventaris inventaris(String kenmerk) {
        Verzoek v = requests.get(kenmerk).verzoek();
        return InventoryRules.derive(v.kenmerk(), v.regime(), documents.documents(v.kenmerk()), judgements.forRequest(v.id()),
                redactions.redactions(v.kenmerk()), law);
    }
}
