package nl.openbaar.publication.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The yearly-report figures for one month and regime.
 *
 * @param received       requests received in the month
 * @param decided        requests decided in the month
 * @param onTime         of those decided, on time
 * @param late           of those decided, late
 * @param averageDays    average calendar days from receipt to decision of those decided (0 when none)
 * @param penalties      penalties (dwangsommen) owed for the requests decided late in the month
 */
public record MonthFigures(YearMonth month, String regime, int received, int decided, int onTime, int late,
        double averageDays, BigDecimal penalties) {
}
