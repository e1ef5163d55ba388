package nl.openbaar.redaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.shared.layout.Box;
import org.junit.jupiter.api.Test;

/**
 * Joining boxes page by page gives exactly what joining the whole document in one list gave (the earlier, quadratic
 * way, kept here as the reference), on random documents with words side by side, overlapping boxes, two grounds,
 * and pages in any order.
 */
class BoxLayoutTest {

    /** The earlier join: after every merge the search starts again at the document's first box. */
    private static List<RedactionBox> reference(List<RedactionBox> boxes) {
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
                    if (a.ground().equals(b.ground()) && BoxLayout.belongTogether(a.box(), b.box())) {
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

    @Test
    void joinsPageByPageExactlyAsTheWholeDocumentWasJoined() {
        Random random = new Random(7);
        int joins = 0;
        for (int doc = 0; doc < 150; doc++) {
            List<RedactionBox> boxes = new ArrayList<>();
            int pages = 1 + random.nextInt(12);
            for (int n = random.nextInt(120); n > 0; n--) {
                int page = 1 + random.nextInt(pages);
                double y = 60 + random.nextInt(12) * 14 + random.nextGaussian();
                double x = 50 + random.nextInt(30) * 15 + random.nextDouble() * 5;
                double w = 5 + random.nextDouble() * 40;
                double h = random.nextInt(30) == 0 ? 0 : 8 + random.nextDouble() * 6;
                String ground = random.nextInt(4) == 0 ? "5.1.2i" : "5.1.2e";
                boxes.add(new RedactionBox(page, new Box(x, y, w, h), ground, random.nextBoolean() ? "naam" : "telefoonnummer"));
            }
            List<RedactionBox> expected = reference(boxes);
            assertThat(BoxLayout.join(boxes)).as("document %d", doc).containsExactlyElementsOf(expected);
            joins += boxes.size() - expected.size();
        }
        assertThat(joins).as("the documents must give the join something to do").isGreaterThan(400);
    }

    @Test
    void joinsTheWordsOfANameButNotTwoLinesOrTwoGrounds() {
        List<RedactionBox> joined = BoxLayout.join(List.of(
                new RedactionBox(1, new Box(100, 700, 30, 10), "5.1.2e", "naam"),
                new RedactionBox(1, new Box(133, 700, 40, 10), "5.1.2e", "naam"),
                new RedactionBox(1, new Box(100, 720, 30, 10), "5.1.2e", "naam"),
                new RedactionBox(1, new Box(176, 700, 40, 10), "5.1.2i", "naam"),
                new RedactionBox(2, new Box(100, 700, 30, 10), "5.1.2e", "naam")));
        assertThat(joined).extracting(RedactionBox::page, b -> b.box().x(), b -> b.box().width(), RedactionBox::ground)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 100.0, 73.0, "5.1.2e"),
                        org.assertj.core.groups.Tuple.tuple(1, 176.0, 40.0, "5.1.2i"),
                        org.assertj.core.groups.Tuple.tuple(1, 100.0, 30.0, "5.1.2e"),
                        org.assertj.core.groups.Tuple.tuple(2, 100.0, 30.0, "5.1.2e"));
    }
}
