package nl.openbaar.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.inventory.internal.JdbcJudgements;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentBeoordeling;
import nl.openbaar.inventory.model.InventoryDocument;
import nl.openbaar.law.RuleBase;
import nl.openbaar.law.Weigeringsgrond;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the judgement on a document: one of the four judgements, with the grounds for withholding a whole
 * document, a remark, the vindplaats of an already public one, a public title, and whether disclosure waits for
 * a third party. Checked against the law on entry; checked against the redactions when the inventory is made.
 */
@Service
public class JudgingDocument {

    /** What a case handler or lawyer enters; the document by id or by inventory number. */
    public record Judgement(Long documentId, Integer number, String beoordeling, List<String> grounds, String toelichting,
            List<String> links, String publicTitle, boolean opgeschort) {
    }

    private final FindingRequests requests;
    private final DocumentCatalogue documents;
    private final JdbcJudgements judgements;
    private final RuleBase law;
    private final Clock clock;

    public JudgingDocument(FindingRequests requests, DocumentCatalogue documents, JdbcJudgements judgements, RuleBase law, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.judgements = judgements;
        this.law = law;
        this.clock = clock;
    }

    @Transactional
    public DocumentBeoordeling judge(String kenmerk, Judgement in, String user) {
        Verzoek v = requests.get(kenmerk).verzoek();
        InventoryDocument doc = find(v.kenmerk(), in.documentId(), in.number());
        Beoordeling b = Beoordeling.parse(in.beoordeling(), "beoordeling");
        List<String> grounds = new ArrayList<>();
        for (String code : in.grounds() == null ? List.<String>of() : in.grounds()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            Weigeringsgrond g = law.requireGround(v.regime(), code, "grond");
            if (!grounds.contains(g.code())) {
                grounds.add(g.code());
            }
        }
        if (b == Beoordeling.NIET_OPENBAAR && grounds.isEmpty()) {
            throw new InvalidInputException("grond", "een document dat niet openbaar wordt, heeft ten minste één weigeringsgrond");
        }
        if ((b == Beoordeling.OPENBAAR || b == Beoordeling.REEDS_OPENBAAR) && !grounds.isEmpty()) {
            throw new InvalidInputException("grond", "een document dat " + b.phrase() + " is, heeft geen weigeringsgrond");
        }
        List<String> links = in.links() == null ? List.of() : in.links().stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        if (b == Beoordeling.REEDS_OPENBAAR && links.isEmpty()) {
            throw new InvalidInputException("vindplaats", "geef de vindplaats (webadres) van een document dat reeds openbaar is");
        }
        for (String link : links) {
            if (!link.matches("https?://[^\\s|]{3,2040}")) {
                throw new InvalidInputException("vindplaats", "'" + link + "' is geen webadres (http of https)");
            }
        }
        DocumentBeoordeling j = new DocumentBeoordeling(doc.documentId(), b, grounds, blankToNull(in.toelichting()), links,
                blankToNull(in.publicTitle()), in.opgeschort(), user, clock.instant());
        judgements.save(v.id(), j);
        return j;
    }

    private InventoryDocument find(String kenmerk, Long id, Integer number) {
        if (id == null && number == null) {
            throw new InvalidInputException("document", "noem het document (id of inventarisnummer)");
        }
        return documents.documents(kenmerk).stream()
                .filter(d -> id != null ? d.documentId() == id : d.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("document " + (id != null ? "met id " + id : "nummer " + number)
                        + " hoort niet bij verzoek " + kenmerk));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
