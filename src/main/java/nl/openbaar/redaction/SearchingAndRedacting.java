package nl.openbaar.redaction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.redaction.internal.JdbcRedactions;
import nl.openbaar.redaction.internal.RedactionRules;
import nl.openbaar.redaction.internal.TextSearch;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionArea;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.redaction.model.SearchHit;
import nl.openbaar.redaction.model.SearchMode;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.Box;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search-and-redact across a case: every place a word, a phrase or a pattern stands in the case's documents, shown
 * before anything changes, then one decision for all of them. A hit that an existing redaction already covers gets
 * that redaction accepted with the chosen ground; every other hit becomes a new redaction, accepted by the reviewer,
 * with the text found (so "op alle voorkomens", undo and "openbaar in deze zaak" work on it as on any other).
 */
@Service
public class SearchingAndRedacting {

    /** The category of a redaction made by search-and-redact. */
    public static final String CATEGORY = "zoekterm";
    private static final int MAX_HITS = 2_000;

    private final Documents documents;
    private final JdbcRedactions redactions;
    private final RedactionRules rules;
    private final Clock clock;

    public SearchingAndRedacting(Documents documents, JdbcRedactions redactions, RedactionRules rules, Clock clock) {
        this.documents = documents;
        this.redactions = redactions;
        this.rules = rules;
        this.clock = clock;
    }

    /** Where the text stands in the case's documents (read, included, not failed), in document and page order. */
    public List<SearchHit> search(String kenmerk, String query, SearchMode mode) {
        TextSearch search = new TextSearch(query, mode);
        List<SearchHit> hits = new ArrayList<>();
        for (Document d : documents.forRequest(kenmerk)) {
            if (d.pageCount() == 0 || d.failed() || !d.included() || d.isDuplicate()) {
                continue;
            }
            List<Redaction> existing = null;
            for (TextSearch.Hit h : search.find(documents.pages(d.id()))) {
                if (existing == null) {
                    existing = redactions.forDocument(d.id());
                }
                hits.add(new SearchHit(d.id(), d.title(), h.page(), h.text(), h.context(), h.areas(), covering(existing, h.areas())));
                if (hits.size() > MAX_HITS) {
                    throw new InvalidInputException("q", "meer dan " + MAX_HITS + " plaatsen; maak de zoekterm specifieker");
                }
            }
        }
        return hits;
    }

    /** Redacts every hit of the search on the ground given; returns the redactions accepted or made. */
    @Transactional
    public List<Redaction> redactAll(String kenmerk, String query, SearchMode mode, String ground, String user) {
        if (user == null || user.isBlank()) {
            throw new InvalidInputException("user", "wie besluit er? (gebruiker ontbreekt)");
        }
        List<SearchHit> hits = search(kenmerk, query, mode);
        if (hits.isEmpty()) {
            throw new InvalidInputException("q", "'" + query.strip() + "' staat nergens in de zaak");
        }
        Instant now = Instant.now(clock);
        String by = user.strip();
        String detail = "zoeken en weglakken (" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
        List<Long> ids = new ArrayList<>();
        for (SearchHit h : hits) {
            Document d = rules.document(h.documentId());
            String code = rules.ground(d, ground);
            if (h.existing() != null) {
                Redaction r = redactions.find(h.existing()).orElseThrow();
                if (!r.ground().equals(code)) {
                    redactions.setGround(r.id(), code);
                }
                if (r.status() != RedactionStatus.ACCEPTED || !r.ground().equals(code)) {
                    redactions.setStatus(r.id(), RedactionStatus.ACCEPTED, by, now);
                    redactions.addChange(r.id(), "geaccepteerd", by, now, detail);
                }
                ids.add(r.id());
                continue;
            }
            NewRedaction n = new NewRedaction(d.id(), h.areas(), code, CATEGORY, h.text(), null, null, null, detail);
            rules.check(d, n);
            long id = redactions.insert(d.requestId(), n, RedactionRules.textKey(h.text()), RedactionStatus.ACCEPTED, by, now, by, now);
            redactions.addChange(id, "gezocht en weggelakt", by, now, detail);
            ids.add(id);
        }
        return ids.stream().distinct().map(id -> redactions.find(id).orElseThrow()).toList();
    }

    /** The redaction whose areas cover every area of the hit (on the same page), if any. */
    private static Long covering(List<Redaction> existing, List<PageBox> areas) {
        for (Redaction r : existing) {
            boolean all = !areas.isEmpty();
            for (PageBox a : areas) {
                if (r.areas().stream().noneMatch(x -> x.page() == a.page() && covers(x, a.box()))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return r.id();
            }
        }
        return null;
    }

    private static boolean covers(RedactionArea area, Box b) {
        Box o = area.box();
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        return cx >= o.x() - 0.5 && cx <= o.x() + o.width() + 0.5 && cy >= o.y() - 0.5 && cy <= o.y() + o.height() + 0.5;
    }
}
