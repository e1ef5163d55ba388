package nl.openbaar.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The grid that drops glyphs drawn twice decides exactly as PDFBox's tree of x and y positions does: the rule is
 * restated here in its plainest form (sorted maps of {@code Float}s) and both are fed the same glyphs, including
 * the awkward ones (on cell borders, negative zero, huge type, positions that are not finite).
 */
class DrawnGlyphsTest {

    /** PDFBox's rule, in its own data structure. */
    private static final class TreeRule {
        final Map<String, TreeMap<Float, TreeSet<Float>>> byText = new HashMap<>();

        boolean drawnBefore(String text, float x, float y, float tolerance) {
            TreeMap<Float, TreeSet<Float>> same = byText.computeIfAbsent(text, k -> new TreeMap<>());
            SortedMap<Float, TreeSet<Float>> xs = same.subMap(x - tolerance, x + tolerance);
            for (TreeSet<Float> ys : xs.values()) {
                if (!ys.subSet(y - tolerance, y + tolerance).isEmpty()) {
                    return true;
                }
            }
            same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
            return false;
        }
    }

    @Test
    void decidesAsPdfBoxDoesOnRandomPagesFullOfNearRepeats() {
        Random random = new Random(42);
        String[] letters = {"a", "e", "n", "J", "fi", "é"};
        float[] odd = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0.0f, 1e30f, -1e30f, 8f, 16f, -8f};
        int dropped = 0;
        for (int page = 0; page < 200; page++) {
            DrawnGlyphs grid = new DrawnGlyphs();
            TreeRule tree = new TreeRule();
            float[][] kept = new float[400][];
            for (int i = 0; i < 400; i++) {
                String text = letters[random.nextInt(letters.length)];
                float x;
                float y;
                if (i > 0 && random.nextInt(3) == 0) {
                    // a repeat near an earlier glyph: fake bold, shadows, a box edge apart
                    float[] at = kept[random.nextInt(i)];
                    x = at[0] + (float) (random.nextGaussian() * 2);
                    y = at[1] + (float) (random.nextGaussian() * 2);
                } else {
                    // on or near the grid's 8-point cell borders as often as anywhere else
                    x = random.nextBoolean() ? random.nextInt(80) * 8f + (random.nextInt(3) - 1) * 1e-4f : random.nextFloat() * 600;
                    y = random.nextBoolean() ? random.nextInt(100) * 8f : random.nextFloat() * 800;
                }
                if (random.nextInt(50) == 0) {
                    x = odd[random.nextInt(odd.length)];
                }
                if (random.nextInt(50) == 0) {
                    y = odd[random.nextInt(odd.length)];
                }
                float width = random.nextInt(40) == 0 ? 200 + random.nextFloat() * 500 : random.nextFloat() * 12;
                if (random.nextInt(60) == 0) {
                    width = random.nextBoolean() ? Float.NaN : 0;
                }
                float tolerance = width / text.length() / 3.0f;
                kept[i] = new float[] {x, y};
                boolean expected = tree.drawnBefore(text, x, y, tolerance);
                assertThat(grid.drawnBefore(text, x, y, tolerance))
                        .as("page %d glyph %d '%s' at %s,%s tolerance %s", page, i, text, x, y, tolerance)
                        .isEqualTo(expected);
                dropped += expected ? 1 : 0;
            }
        }
        assertThat(dropped).as("the test must exercise repeats").isGreaterThan(3_000);
    }

    @Test
    void fakeBoldIsDroppedAShadowFurtherAwayIsKept() {
        DrawnGlyphs drawn = new DrawnGlyphs();
        assertThat(drawn.drawnBefore("J", 100, 700, 2)).isFalse();
        assertThat(drawn.drawnBefore("J", 100.5f, 700.3f, 2)).isTrue();
        assertThat(drawn.drawnBefore("J", 103, 700, 2)).isFalse();
        assertThat(drawn.drawnBefore("a", 100, 700, 2)).as("another letter on the same spot").isFalse();
        drawn.clear();
        assertThat(drawn.drawnBefore("J", 100.5f, 700.3f, 2)).as("a new page forgets the last one").isFalse();
    }

    @Test
    void aNegativeToleranceFailsAsPdfBoxDoes() {
        assertThatThrownBy(() -> new TreeRule().drawnBefore("a", 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawnGlyphs().drawnBefore("a", 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
