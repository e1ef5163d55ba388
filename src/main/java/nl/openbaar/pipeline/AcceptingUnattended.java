package nl.openbaar.pipeline;

import java.util.Map;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.redaction.ReviewingRedactions;
import nl.openbaar.redaction.model.Redaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline accepting what detection is sure of, without a person: the same act and the same audit word as a
 * reviewer's acceptance ({@link AuditAction#REDACTION_ACCEPTED}), under the system actor "automatisch", in one
 * transaction with the change. A proposal somebody already decided on is left alone (and not audited again).
 */
@Service
public class AcceptingUnattended {

    private final ReviewingRedactions reviewing;
    private final Auditing auditing;

    public AcceptingUnattended(ReviewingRedactions reviewing, Auditing auditing) {
        this.reviewing = reviewing;
        this.auditing = auditing;
    }

    @Transactional
    public boolean accept(Redaction r, String kenmerk) {
        if (!reviewing.acceptIfUndecided(r.id(), ProcessingCase.UNATTENDED)) {
            return false;
        }
        auditing.record(ProcessingCase.UNATTENDED, AuditAction.REDACTION_ACCEPTED, Auditing.Subject.of("redactie", r.id(), kenmerk),
                Map.of("status", r.status()), Map.of("status", "ACCEPTED", "ground", r.ground(), "category", r.category(),
                        "score", r.score(), "unattended", true));
        return true;
    }
}
