package nl.openbaar.redaction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.openbaar.document.model.Document;
import nl.openbaar.redaction.internal.JdbcPublicTexts;
import nl.openbaar.redaction.internal.JdbcRedactions;
import nl.openbaar.redaction.internal.RedactionRules;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import nl.openbaar.shared.layout.Box;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reviewer does with redactions: accept, reject, resize an area, change the ground, draw a new box, and apply a
 * decision to every occurrence of the same person or text in the case. Every change is kept in the redaction's
 * history with who made it and when.
 */
@Service
public class ReviewingRedactions {

    private final JdbcRedactions redactions;
    private final JdbcPublicTexts publicTexts;
    private final RedactionRules rules;
    private final Clock clock;

    public ReviewingRedactions(JdbcRedactions redactions, JdbcPublicTexts publicTexts, RedactionRules rules, Clock clock) {
        this.redactions = redactions;
        this.publicTexts = publicTexts;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Undo or redo of a review act: the redaction gets the status and ground it had before (or after) the act. The act
     * itself stays in the history, and so does this step ("ongedaan gemaakt" / "opnieuw gedaan"), so the history is
     * the stored record of every act and its undoing.
     */
    @Transactional
    public Redaction restore(long id, RedactionStatus status, String ground, boolean redo, String user) {
        Redaction r = get(id);
        Document d = rules.document(r.documentId());
        String code = ground == null || ground.isBlank() ? r.ground() : rules.ground(d, ground);
        if (status == null) {
            throw new InvalidInputException("status", "de stand om naar terug te gaan ontbreekt");
        }
        Instant now = Instant.now(clock);
        if (!code.equals(r.ground())) {
            redactions.setGround(id, code);
        }
        if (status == RedactionStatus.PROPOSED) {
            redactions.setStatus(id, status, null, null);
        } else {
            redactions.setStatus(id, status, user(user), now);
        }
        redactions.addChange(id, redo ? "opnieuw gedaan" : "ongedaan gemaakt", user(user), now,
                r.status().labelNl() + " " + r.ground() + " → " + status.labelNl() + " " + code);
        return get(id);
    }

    /**
     * "Openbaar in deze zaak": the redaction's text is public throughout the case. Every redaction of the case with the
     * same text is rejected, and detection's later proposals of it are stored rejected ({@link ProposingRedactions}).
     * Returns the redactions that changed, this one first.
     */
    @Transactional
    public List<Redaction> keepPublicInCase(long id, String user) {
        Redaction r = get(id);
        String key = RedactionRules.textKey(r.coveredText());
        if (key == null) {
            throw new InvalidInputException("text", "dit vlak heeft geen tekst om openbaar te houden; wijs het af");
        }
        Instant now = Instant.now(clock);
        publicTexts.add(r.requestId(), key, r.coveredText().strip(), user(user), now);
        List<Redaction> changed = new java.util.ArrayList<>();
        List<Redaction> all = new java.util.ArrayList<>();
        all.add(r);
        all.addAll(redactions.sameOccurrence(r.requestId(), null, key, id));
        for (Redaction o : all) {
            if (o.status() != RedactionStatus.REJECTED) {
                redactions.setStatus(o.id(), RedactionStatus.REJECTED, user(user), now);
                redactions.addChange(o.id(), OPENBAAR_IN_ZAAK, user(user), now, "zoals weglakking " + id);
            }
            changed.add(get(o.id()));
        }
        return changed;
    }

    /** Undoes {@link #keepPublicInCase}: the text may be proposed again (the rejected redactions are restored by undo). */
    @Transactional
    public void forgetPublic(long id, String user) {
        Redaction r = get(id);
        String key = RedactionRules.textKey(r.coveredText());
        if (key != null) {
            publicTexts.remove(r.requestId(), key);
            redactions.addChange(id, "niet meer openbaar in de zaak", user(user), Instant.now(clock), null);
        }
    }

    /** The action in a redaction's history when its text was kept public in the case. */
    public static final String OPENBAAR_IN_ZAAK = "openbaar in de zaak";

    @Transactional
    public Redaction accept(long id, String user) {
        return decide(get(id), RedactionStatus.ACCEPTED, user, "geaccepteerd");
    }

    /**
     * The unattended accept of what detection is sure of: only a proposal nobody has decided on yet (never accepted,
     * rejected or reopened), so a re-run or a retry after a crash accepts what the interrupted run did not get to, and
     * never overrides a reviewer. Returns whether it accepted.
     */
    @Transactional
    public boolean acceptIfUndecided(long id, String user) {
        Redaction r = get(id);
        if (r.status() != RedactionStatus.PROPOSED
                || redactions.changes(id).stream().anyMatch(c -> !c.action().equals("voorgesteld"))) {
            return false;
        }
        decide(r, RedactionStatus.ACCEPTED, user, "geaccepteerd");
        return true;
    }

    @Transactional
    public Redaction reject(long id, String user) {
        return decide(get(id), RedactionStatus.REJECTED, user, "afgewezen");
    }

    /** Back to proposed: the decision is undone. */
    @Transactional
    public Redaction reopen(long id, String user) {
        Redaction r = get(id);
        Instant now = Instant.now(clock);
        redactions.setStatus(id, RedactionStatus.PROPOSED, null, null);
        redactions.addChange(id, "heropend", user(user), now, "was " + r.status().labelNl());
        return get(id);
    }

    /** A new size or place for one area; a reviewer who fits a box to a word accepts it by doing so. */
    @Transactional
    public Redaction resize(long areaId, Box box, String user) {
        long id = redactions.ownerOfArea(areaId).orElseThrow(() -> new NotFoundException("vlak " + areaId));
        Redaction r = get(id);
        Document d = rules.document(r.documentId());
        int page = r.areas().stream().filter(a -> a.id() == areaId).findFirst().orElseThrow().page();
        rules.area(d, page, box);
        Instant now = Instant.now(clock);
        redactions.moveArea(areaId, box);
        redactions.addChange(id, "vlak aangepast", user(user), now,
                String.format(Locale.ROOT, "pagina %d: %.1f %.1f %.1f %.1f", page, box.x(), box.y(), box.width(), box.height()));
        return decide(get(id), RedactionStatus.ACCEPTED, user, "geaccepteerd");
    }

    @Transactional
    public Redaction changeGround(long id, String ground, String user) {
        Redaction r = get(id);
        Document d = rules.document(r.documentId());
        String code = rules.ground(d, ground);
        redactions.setGround(id, code);
        redactions.addChange(id, "grond gewijzigd", user(user), Instant.now(clock), r.ground() + " → " + code);
        return get(id);
    }

    /** A box the reviewer draws: stored as accepted, proposed and approved by that reviewer. */
    @Transactional
    public Redaction draw(NewRedaction drawn, String user) {
        Document d = rules.document(drawn.documentId());
        rules.check(d, drawn);
        String text = drawn.coveredText() != null || drawn.areas().size() != 1 ? drawn.coveredText() : rules.textUnder(d, drawn.areas().get(0));
        NewRedaction checked = new NewRedaction(drawn.documentId(), drawn.areas(), rules.ground(d, drawn.ground()),
                drawn.category(), text, drawn.subject(), null, null, drawn.explanation());
        Instant now = Instant.now(clock);
        long id = redactions.insert(d.requestId(), checked, RedactionRules.textKey(checked.coveredText()), RedactionStatus.ACCEPTED,
                user(user), now, user(user), now);
        redactions.addChange(id, "getekend", user(user), now, null);
        return get(id);
    }

    /**
     * Gives every other redaction of the same person or text in the case this one's decision (accepted or rejected) and
     * ground. Returns the redactions that changed.
     */
    @Transactional
    public List<Redaction> applyToAllOccurrences(long id, String user) {
        Redaction r = get(id);
        if (r.status() == RedactionStatus.PROPOSED) {
            throw new InvalidInputException("status", "neem eerst een besluit over deze weglakking");
        }
        String key = RedactionRules.textKey(r.coveredText());
        List<Redaction> others = redactions.sameOccurrence(r.requestId(), r.subject(), key, id);
        Instant now = Instant.now(clock);
        String detail = "zoals weglakking " + id;
        for (Redaction o : others) {
            if (!o.ground().equals(r.ground())) {
                redactions.setGround(o.id(), r.ground());
            }
            redactions.setStatus(o.id(), r.status(), user(user), now);
            redactions.addChange(o.id(), r.status().labelNl() + " (alle vindplaatsen)", user(user), now, detail);
        }
        return others.stream().map(o -> get(o.id())).toList();
    }

    /** Accepts every proposal of a document, as the unattended pipeline does; returns how many it accepted. */
    @Transactional
    public int acceptAllProposed(long documentId, String user) {
        int n = 0;
        for (Redaction r : redactions.forDocument(documentId)) {
            if (r.status() == RedactionStatus.PROPOSED) {
                decide(r, RedactionStatus.ACCEPTED, user, "geaccepteerd");
                n++;
            }
        }
        return n;
    }

    private Redaction decide(Redaction r, RedactionStatus status, String user, String action) {
        if (r.status() == status && user(user).equals(r.decidedBy())) {
            return r;
        }
        Instant now = Instant.now(clock);
        redactions.setStatus(r.id(), status, user(user), now);
        redactions.addChange(r.id(), action, user(user), now, null);
        return get(r.id());
    }

    private Redaction get(long id) {
        return redactions.find(id).orElseThrow(() -> new NotFoundException("weglakking " + id));
    }

    private static String user(String user) {
        if (user == null || user.isBlank()) {
            throw new InvalidInputException("user", "wie besluit er? (gebruiker ontbreekt)");
        }
        return user.strip();
    }
}
