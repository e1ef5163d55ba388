package nl.openbaar.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.verification.model.Leak;

/**
 * A finding of the package check a case handler can act on: the file and, for a published document or the bundle, the
 * document it belongs to (inventory number and id) and the page of that document's working PDF, with the place on it
 * (shared coordinates: the redacted and stamped pages keep the working PDF's geometry), the category and the check. No
 * text: this goes into the background build's result and {@code process --json}.
 *
 * @param file         the file in the package ("documenten/0003.pdf", "documentenbundel.pdf", "besluit.pdf")
 * @param page         the page in that file (0: the file as a whole)
 * @param documentPage the page in the document's working PDF, 0 when not known
 */
public record GateFinding(String file, int page, Integer inventoryNumber, Long documentId, int documentPage, Box box, String category,
        String check, String detail, String description) {

    private static final Pattern DOCUMENT = Pattern.compile("documenten/(\\d+)\\.pdf");
    static final String BUNDLE = "documentenbundel.pdf";

    /** The findings with the document they belong to, by the inventory numbers and bundle pages of the package. */
    static List<GateFinding> of(List<Leak> leaks, List<ProcessingCase.Published> published, Map<Integer, Long> documentIds) {
        List<GateFinding> out = new ArrayList<>();
        for (Leak l : leaks) {
            Integer number = null;
            int page = 0;
            Matcher m = DOCUMENT.matcher(l.document());
            if (m.matches()) {
                number = Integer.valueOf(m.group(1));
                page = l.page();
            } else if (BUNDLE.equals(l.document()) && l.page() > 0) {
                for (ProcessingCase.Published p : published) {
                    if (l.page() >= p.firstBundlePage() && l.page() < p.firstBundlePage() + p.pages()) {
                        number = p.inventoryNumber();
                        page = l.page() - p.firstBundlePage() + 1;
                    }
                }
            }
            out.add(new GateFinding(l.document(), l.page(), number, number == null ? null : documentIds.get(number), page, l.box(),
                    l.category(), l.check(), l.detail(), l.describe()));
        }
        return out;
    }
}
