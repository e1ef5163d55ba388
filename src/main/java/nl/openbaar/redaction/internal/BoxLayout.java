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
        List<RedactionBox> work = new ArrayList<>(boxes);
        work.sort(Comparator.comparingInt(RedactionBox::page).thenComparingDouble(b -> b.box().y()).thenComparingDouble(b -> b.box().x()));
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < work.size(); i++) {
                for (int j = i + 1; j < work.size(); j++) {
                    RedactionBox a = work.get(i);
                    RedactionBox b = work.get(j);
                    if (a.page() != b.page()) {
                        break;
                    }
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
