package nl.openbaar.redaction.internal;

import java.text.Normalizer;
import java.util.Locale;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.Box;
import org.springframework.stereotype.Component;

/** The checks every stored redaction passes: a known document, pages it has, real boxes, a ground of its regime. */
@Component
public class RedactionRules {

    private final Documents documents;
    private final FindingRequests requests;
    private final RuleBase rules = RuleBase.standard();

    public RedactionRules(Documents documents, FindingRequests requests) {
        this.documents = documents;
        this.requests = requests;
    }

    public Document document(long documentId) {
        return documents.get(documentId);
    }

    public Regime regime(Document d) {
        return requests.get(d.kenmerk()).verzoek().regime();
    }

    /** The ground as the rule base writes it, for the document's regime. */
    public String ground(Document d, String ground) {
        if (ground == null || ground.isBlank()) {
            throw new InvalidInputException("ground", "de weigeringsgrond ontbreekt");
        }
        Regime regime = regime(d);
        return rules.ground(regime, ground.strip())
                .orElseThrow(() -> new InvalidInputException("ground", "'" + ground + "' is geen weigeringsgrond onder de "
                        + regime.shortName()))
                .code();
    }

    public void check(Document d, NewRedaction r) {
        if (r.areas().isEmpty()) {
            throw new InvalidInputException("areas", "een weglakking heeft minstens één vlak");
        }
        if (r.category() == null || r.category().isBlank()) {
            throw new InvalidInputException("category", "de soort gegeven ontbreekt");
        }
        for (PageBox a : r.areas()) {
            area(d, a.page(), a.box());
        }
    }

    public void area(Document d, int page, Box box) {
        if (d.pageCount() > 0 && page > d.pageCount()) {
            throw new InvalidInputException("page", "pagina " + page + " bestaat niet; het document heeft " + d.pageCount() + " pagina's");
        }
        if (box.width() < 0.5 || box.height() < 0.5) {
            throw new InvalidInputException("box", "een vlak is minstens een halve punt breed en hoog");
        }
        if (box.x() < -1 || box.y() < -1 || box.width() > 20000 || box.height() > 20000) {
            throw new InvalidInputException("box", "het vlak ligt buiten de pagina");
        }
    }

    /**
     * The words of the document's page whose middle lies inside the box, in reading order: the text a drawn box covers,
     * so that it can be applied everywhere or kept public like a finding. Null when no word lies under it (an image, a
     * page not read yet).
     */
    public String textUnder(Document d, PageBox area) {
        try {
            var page = documents.page(d.id(), area.page());
            StringBuilder sb = new StringBuilder();
            Box b = area.box();
            for (var w : page.words()) {
                double cx = w.box().x() + w.box().width() / 2;
                double cy = w.box().y() + w.box().height() / 2;
                if (cx >= b.x() && cx <= b.x() + b.width() && cy >= b.y() && cy <= b.y() + b.height()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(w.text());
                }
            }
            return sb.isEmpty() ? null : sb.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** What "the same text" means for applying a decision everywhere: case, spacing and accents aside. */
    public static String textKey(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s+", " ").strip();
    }
}
