package nl.openbaar.redaction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.document.model.Document;
import nl.openbaar.redaction.internal.JdbcPublicTexts;
import nl.openbaar.redaction.internal.JdbcRedactions;
import nl.openbaar.redaction.internal.ProposalKey;
import nl.openbaar.redaction.internal.RedactionRules;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what detection proposes, for review. A proposal has an identity — its document and the areas detection drew
 * ({@link ProposalKey}) — and the database holds one redaction per identity (a unique constraint): detection run
 * again, a package build, two runs at once or a retry after a crash find the redaction that is there, with the
 * decision, ground and areas reviewers gave it since, and store nothing new.
 */
@Service
public class ProposingRedactions {

    private final JdbcRedactions redactions;
    private final JdbcPublicTexts publicTexts;
    private final RedactionRules rules;
    private final Clock clock;

    public ProposingRedactions(JdbcRedactions redactions, JdbcPublicTexts publicTexts, RedactionRules rules, Clock clock) {
        this.redactions = redactions;
        this.publicTexts = publicTexts;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param proposedBy who proposes: "detectie" for the recognizers (the recognizer's own name is kept per redaction)
     * @return the redactions as stored, one per proposal and in the same order; a proposal that was there already
     *         gives the stored redaction as it stands
     */
    @Transactional
    public List<Redaction> propose(List<NewRedaction> proposals, String proposedBy) {
        Instant now = Instant.now(clock);
        List<Long> ids = new ArrayList<>();
        Map<Long, Stored> stored = new HashMap<>();
        Map<Long, java.util.Set<String>> publicByRequest = new HashMap<>();
        for (NewRedaction r : proposals) {
            Stored known = stored.computeIfAbsent(r.documentId(), this::stored);
            rules.check(known.document, r);
            NewRedaction checked = new NewRedaction(r.documentId(), r.areas(), rules.ground(known.document, r.ground()), r.category(),
                    r.coveredText(), r.subject(), r.score(), r.recognizer(), r.explanation());
            String key = ProposalKey.of(checked.areas());
            Long id = known.byKey.get(key);
            if (id == null) {
                id = adoptStoredWithoutKey(known, key);
            }
            if (id == null) {
                String by = checked.recognizer() == null ? proposedBy : proposedBy + ": " + checked.recognizer();
                id = redactions.insertProposal(known.document.requestId(), checked, RedactionRules.textKey(checked.coveredText()), key,
                        by, now).orElse(null);
                if (id != null) {
                    redactions.addChange(id, "voorgesteld", by, now, null);
                    String textKey = RedactionRules.textKey(checked.coveredText());
                    if (textKey != null && publicByRequest.computeIfAbsent(known.document.requestId(), publicTexts::keys).contains(textKey)) {
                        // Kept public in this case by a reviewer: never waiting for review again.
                        redactions.setStatus(id, RedactionStatus.REJECTED, by, now);
                        redactions.addChange(id, ReviewingRedactions.OPENBAAR_IN_ZAAK, by, now, null);
                    }
                } else {
                    // another run stored the same proposal a moment ago
                    id = redactions.proposalKeys(known.document.id()).get(key);
                }
                known.byKey.put(key, id);
            }
            ids.add(id);
        }
        Map<Long, Redaction> byId = new HashMap<>();
        for (long documentId : stored.keySet()) {
            redactions.forDocument(documentId).forEach(r -> byId.put(r.id(), r));
        }
        return ids.stream().map(byId::get).toList();
    }

    /** What a document holds: its proposals by key, and those stored before keys existed by the key of their areas. */
    private Stored stored(long documentId) {
        Document d = rules.document(documentId);
        Map<String, Redaction> withoutKey = new HashMap<>();
        for (Redaction r : redactions.proposalsWithoutKey(documentId)) {
            withoutKey.putIfAbsent(ProposalKey.of(r.areas().stream().map(a -> new PageBox(a.page(), a.box())).toList()), r);
        }
        return new Stored(d, new HashMap<>(redactions.proposalKeys(documentId)), withoutKey);
    }

    private Long adoptStoredWithoutKey(Stored known, String key) {
        Redaction old = known.withoutKey.remove(key);
        return old != null && redactions.adopt(old.id(), key) ? old.id() : null;
    }

    private record Stored(Document document, Map<String, Long> byKey, Map<String, Redaction> withoutKey) {
    }
}
