package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;

/**
 * {@link PageLayout#boxes(int, int)} by binary search: the same boxes, without walking every word of the page
 * for every finding. Falls back to the page's own method when its words are not in text order.
 */
public final class WordIndex {

    private final PageLayout page;
    private final List<LaidOutWord> words;
    private final boolean sorted;

    public WordIndex(PageLayout page) {
        this.page = page;
        this.words = page.words();
        boolean ok = true;
        for (int i = 1; i < words.size() && ok; i++) {
            ok = words.get(i - 1).start() <= words.get(i).start() && words.get(i - 1).end() <= words.get(i).end();
        }
        this.sorted = ok;
    }

    public List<Box> boxes(int start, int end) {
        if (!sorted) {
            return page.boxes(start, end);
        }
        int lo = 0;
        int hi = words.size();
        while (lo < hi) { // first word that ends after start
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Box> boxes = new ArrayList<>(2);
        for (int i = lo; i < words.size(); i++) {
            LaidOutWord w = words.get(i);
            if (w.start() >= end) {
                break;
            }
            if (w.end() <= start) {
                continue;
            }
            boxes.add(w.part(start - w.start(), end - w.start()));
        }
        return boxes;
    }
}
