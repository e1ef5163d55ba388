package nl.openbaar.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.openbaar.deadline.model.DeadlineStatus;

/**
 * Bar charts as plain SVG geometry for the templates: no JavaScript, no inline styles (colours come from CSS
 * classes), and every chart is accompanied by a table with the same numbers for screen readers.
 */
public final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int BASELINE = 170;

    private Charts() {
    }

    public record Bar(YearMonth month, int onTime, int late) {
    }

    public record Rect(int x, int y, int width, int height, String cssClass) {
    }

    public record Label(int x, int y, String text, String key) {
    }

    public record Chart(int width, int height, List<Rect> rects, List<Label> labels, int max) {
    }

    /** Decisions per month: on time (bottom) and late (stacked on top). */
    static Chart stacked(List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(b -> b.onTime() + b.late()).max().orElse(1));
        int slot = WIDTH / Math.max(1, bars.size());
        int barWidth = Math.max(4, slot - 10);
        List<Rect> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int x = i * slot + 5;
            int onTimeHeight = (BASELINE - 20) * b.onTime() / max;
            int lateHeight = (BASELINE - 20) * b.late() / max;
            rects.add(new Rect(x, BASELINE - onTimeHeight, barWidth, onTimeHeight, "chart-on-time"));
            rects.add(new Rect(x, BASELINE - onTimeHeight - lateHeight, barWidth, lateHeight, "chart-late"));
            labels.add(new Label(x + barWidth / 2, BASELINE + 18, String.format("%02d", b.month().getMonthValue()), null));
            if (b.onTime() + b.late() > 0) {
                labels.add(new Label(x + barWidth / 2, BASELINE - onTimeHeight - lateHeight - 4, Integer.toString(b.onTime() + b.late()), null));
            }
        }
        return new Chart(WIDTH, HEIGHT, rects, labels, max);
    }

    /** Open requests per status as horizontal bars. */
    static Chart horizontal(Map<DeadlineStatus, Integer> counts) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Rect> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int y = 10;
        for (var e : counts.entrySet()) {
            int w = (WIDTH - 220) * e.getValue() / max;
            rects.add(new Rect(200, y, Math.max(w, e.getValue() > 0 ? 2 : 0), 28, "chart-status-" + e.getKey().name().toLowerCase()));
            labels.add(new Label(0, y + 20, e.getKey().label(), "status." + e.getKey().name()));
            labels.add(new Label(208 + w, y + 20, Integer.toString(e.getValue()), null));
            y += 40;
        }
        return new Chart(WIDTH, y + 10, rects, labels, max);
    }
}
