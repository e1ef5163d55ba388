package nl.openbaar.publication;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.openbaar.deadline.model.DeadlineStatus;
import nl.openbaar.law.Regime;
import nl.openbaar.publication.model.MonthFigures;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.VerzoekView;
import org.springframework.stereotype.Service;

/**
 * The figures organisations report each year: requests received, decided, on time and late per month and
 * regime, average handling time, and penalties owed (from the deadline engine). Also the open requests by
 * status for the dashboard. Computed from the requests' timelines, so they always agree with the case pages.
 */
@Service
public class Reporting {

    /** A year's totals per regime, as in the annual report. */
    public record Totals(String regime, int received, int decided, int onTime, int late, double averageDays, BigDecimal penalties) {

        public int onTimePercent() {
            return decided == 0 ? 0 : (int) Math.round(100.0 * onTime / decided);
        }
    }

    private final FindingRequests requests;
    private final Clock clock;

    public Reporting(FindingRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** Per month (oldest first) and regime, for the months from {@code from} to {@code to}, both included. */
    public List<MonthFigures> months(YearMonth from, YearMonth to) {
        return months(requests.byUrgency(), from, to);
    }

    static List<MonthFigures> months(List<VerzoekView> all, YearMonth from, YearMonth to) {
        Map<YearMonth, Map<Regime, Acc>> acc = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Map<Regime, Acc> perRegime = new EnumMap<>(Regime.class);
            for (Regime r : Regime.values()) {
                perRegime.put(r, new Acc());
            }
            acc.put(m, perRegime);
        }
        for (VerzoekView v : all) {
            Regime regime = v.verzoek().regime();
            YearMonth received = YearMonth.from(v.verzoek().receivedDate());
            if (acc.containsKey(received)) {
                acc.get(received).get(regime).received++;
            }
            LocalDate decided = decidedOn(v);
            if (decided != null && acc.containsKey(YearMonth.from(decided))) {
                Acc a = acc.get(YearMonth.from(decided)).get(regime);
                a.decided++;
                a.days += ChronoUnit.DAYS.between(v.verzoek().receivedDate(), decided);
                if (v.deadlines().status() == DeadlineStatus.DECIDED_LATE) {
                    a.late++;
                } else {
                    a.onTime++;
                }
                if (v.deadlines().penalty() != null && v.deadlines().penalty().accrued() != null) {
                    a.penalties = a.penalties.add(v.deadlines().penalty().accrued());
                }
            }
        }
        List<MonthFigures> out = new ArrayList<>();
        acc.forEach((month, perRegime) -> perRegime.forEach((regime, a) -> {
            if (a.received + a.decided > 0 || regime == Regime.WOO) {
                out.add(new MonthFigures(month, regime.shortName(), a.received, a.decided, a.onTime, a.late,
                        a.decided == 0 ? 0 : (double) a.days / a.decided, a.penalties));
            }
        }));
        out.sort(Comparator.comparing(MonthFigures::month).thenComparing(MonthFigures::regime));
        return out;
    }

    public List<Totals> totals(List<MonthFigures> months) {
        Map<String, Acc> per = new TreeMap<>();
        for (MonthFigures m : months) {
            Acc a = per.computeIfAbsent(m.regime(), r -> new Acc());
            a.received += m.received();
            a.decided += m.decided();
            a.onTime += m.onTime();
            a.late += m.late();
            a.days += Math.round(m.averageDays() * m.decided());
            a.penalties = a.penalties.add(m.penalties());
        }
        List<Totals> out = new ArrayList<>();
        per.forEach((r, a) -> out.add(new Totals(r, a.received, a.decided, a.onTime, a.late,
                a.decided == 0 ? 0 : (double) a.days / a.decided, a.penalties)));
        return out;
    }

    /** Open requests by deadline status (running, suspended, overdue). */
    public Map<DeadlineStatus, Integer> openByStatus() {
        Map<DeadlineStatus, Integer> counts = new EnumMap<>(DeadlineStatus.class);
        for (DeadlineStatus s : List.of(DeadlineStatus.RUNNING, DeadlineStatus.SUSPENDED, DeadlineStatus.OVERDUE)) {
            counts.put(s, 0);
        }
        for (VerzoekView v : requests.byUrgency()) {
            if (v.deadlines().status().open()) {
                counts.merge(v.deadlines().status(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Penalties accruing now on open requests (a default notice was given and the term has passed). */
    public BigDecimal penaltiesAccruing() {
        return requests.byUrgency().stream().filter(v -> v.deadlines().status().open())
                .map(v -> v.deadlines().penalty() == null || v.deadlines().penalty().accrued() == null ? BigDecimal.ZERO
                        : v.deadlines().penalty().accrued())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The report as CSV (semicolon-separated, as Dutch spreadsheet programs expect). */
    public static String csv(List<MonthFigures> months) {
        StringBuilder out = new StringBuilder("maand;regime;ontvangen;besloten;tijdig;te laat;gemiddelde doorlooptijd (dagen);dwangsommen (EUR)\n");
        for (MonthFigures m : months) {
            out.append(m.month()).append(';').append(m.regime()).append(';').append(m.received()).append(';').append(m.decided())
                    .append(';').append(m.onTime()).append(';').append(m.late()).append(';')
                    .append(String.format(java.util.Locale.ROOT, "%.1f", m.averageDays())).append(';')
                    .append(m.penalties().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).append('\n');
        }
        return out.toString();
    }

    private static LocalDate decidedOn(VerzoekView v) {
        return v.events().stream().filter(e -> e.type() == EventType.DECIDED).map(Event::date).findFirst().orElse(null);
    }

    private static final class Acc {
        int received;
        int decided;
        int onTime;
        int late;
        long days;
        BigDecimal penalties = BigDecimal.ZERO;
    }
}
