package nl.openbaar.pipeline;

import java.util.List;
import java.util.Optional;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.shared.layout.PageLayout;

/**
 * One detection finding as one redaction proposal: all its boxes — on every line, column and page the value
 * lies on — in one proposal, so a reviewer judges the value once and redaction covers every piece. Boxes too
 * small to draw are left out; on scanned pages boxes that cut a word are widened ({@link ScanBoxes}).
 */
final class FindingProposal {

    private static final double MIN_SIZE = 0.5;

    private FindingProposal() {
    }

    /** The proposal for a finding of document {@code documentId}; empty when none of its boxes can be drawn. */
    static Optional<NewRedaction> of(long documentId, Finding f, List<PageLayout> pages) {
        List<PageBox> areas = f.areas().stream()
                .filter(a -> a.box().width() >= MIN_SIZE && a.box().height() >= MIN_SIZE)
                .map(a -> new PageBox(a.page(), ScanBoxes.widen(page(pages, a.page()), a.box())))
                .toList();
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewRedaction(documentId, areas, f.ground(), f.category().labelNl(), f.text(), f.subject(), f.score(),
                f.recognizer(), f.explanation()));
    }

    private static PageLayout page(List<PageLayout> pages, int number) {
        return pages != null && number >= 1 && number <= pages.size() ? pages.get(number - 1) : null;
    }
}
