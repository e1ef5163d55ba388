package nl.openbaar.redaction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.document.model.Document;
import nl.openbaar.redaction.internal.JdbcRedactions;
import nl.openbaar.redaction.internal.RedactionRules;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what detection proposes, for review. Proposing the same thing twice (detection run again) stores it once:
 * a redaction with the same ground, category and areas on the document is kept as it is, decision and all.
 */
@Service
public class ProposingRedactions {

    private final JdbcRedactions redactions;
    private final RedactionRules rules;
    private final Clock clock;

    public ProposingRedactions(JdbcRedactions redactions, RedactionRules rules, Clock clock) {
        this.redactions = redactions;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param proposedBy who proposes: "detectie" for the recognizers (the recognizer's own name is kept per redaction)
     * @return the redactions as stored, existing ones included
     */
    @Transactional
    public List<Redaction> propose(List<NewRedaction> proposals, String proposedBy) {
        Instant now = Instant.now(clock);
        List<Redaction> out = new ArrayList<>();
        java.util.Map<Long, List<Redaction>> existing = new java.util.HashMap<>();
        for (NewRedaction r : proposals) {
            Document d = rules.document(r.documentId());
            rules.check(d, r);
            NewRedaction checked = new NewRedaction(r.documentId(), r.areas(), rules.ground(d, r.ground()), r.category(),
                    r.coveredText(), r.subject(), r.score(), r.recognizer(), r.explanation());
            List<Redaction> known = existing.computeIfAbsent(d.id(), id -> new ArrayList<>(redactions.forDocument(id)));
            Redaction same = known.stream().filter(k -> sameAs(k, checked)).findFirst().orElse(null);
            if (same != null) {
                out.add(same);
                continue;
            }
            String by = checked.recognizer() == null ? proposedBy : proposedBy + ": " + checked.recognizer();
            long id = redactions.insert(d.requestId(), checked, RedactionRules.textKey(checked.coveredText()), RedactionStatus.PROPOSED,
                    by, now, null, null);
            redactions.addChange(id, "voorgesteld", by, now, null);
            Redaction stored = redactions.find(id).orElseThrow();
            known.add(stored);
            out.add(stored);
        }
        return out;
    }

    private static boolean sameAs(Redaction k, NewRedaction r) {
        if (!k.ground().equals(r.ground()) || !k.category().equals(r.category()) || k.areas().size() != r.areas().size()) {
            return false;
        }
        for (int i = 0; i < r.areas().size(); i++) {
            var a = k.areas().get(i);
            var b = r.areas().get(i);
            if (a.page() != b.page() || Math.abs(a.box().x() - b.box().x()) > 0.5 || Math.abs(a.box().y() - b.box().y()) > 0.5
                    || Math.abs(a.box().width() - b.box().width()) > 0.5 || Math.abs(a.box().height() - b.box().height()) > 0.5) {
                return false;
            }
        }
        return true;
    }
}
