package nl.openbaar.redaction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.shared.layout.Box;

/**
 * Joins boxes of one ground that touch or sit side by side on a line ("Lotte" and "Verbeek" become one box over
 * "Lotte Verbeek"): one box shows one code, the space between the words goes too, and the removed text leaves
 * one gap instead of one per word.
 */
public final class BoxLayout {

    private BoxLayout() {
    }

    public static List<RedactionBox> join(List<RedactionBox> boxes) {
        List<RedactionBox> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(RedactionBox::page).thenComparingDouble(b -> b.box().y()).thenComparingDouble(b -> b.box().x()));
        // boxes join only on their own page, so each page is joined on its own: a merge starts the search for the next
        // one again at the page's first box, not at the document's (which made a long document quadratic)
        List<RedactionBox> out = new ArrayList<>(sorted.size());
        int from = 0;
        while (from < sorted.size()) {
            int to = from + 1;
            while (to < sorted.size() && sorted.get(to).page() == sorted.get(from).page()) {
                to++;
            }
            out.addAll(joinOnPage(new ArrayList<>(sorted.subList(from, to))));
            from = to;
        }
        return out;
    }

    /** Joins the first pair that belongs together, in order, until no pair does. */
    private static List<RedactionBox> joinOnPage(List<RedactionBox> work) {
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < work.size(); i++) {
                for (int j = i + 1; j < work.size(); j++) {
                    RedactionBox a = work.get(i);
                    RedactionBox b = work.get(j);
                    if (a.ground().equals(b.ground()) && belongTogether(a.box(), b.box())) {
                        work.set(i, new RedactionBox(a.page(), a.box().union(b.box()), a.ground(), a.category()));
                        work.remove(j);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        return work;
    }

    static boolean belongTogether(Box a, Box b) {
        if (a.overlapArea(b) > 0) {
            return true;
        }
        double minHeight = Math.min(a.height(), b.height());
        double vertical = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        if (minHeight <= 0 || vertical < 0.5 * minHeight) {
            return false;
        }
        double gap = Math.max(a.x(), b.x()) - Math.min(a.right(), b.right());
        return gap <= 0.6 * Math.max(a.height(), b.height());
    }
}
