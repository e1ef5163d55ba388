package nl.openbaar.deadline.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A penalty accruing for a late decision, as of the report's date.
 *
 * @param basis    "Awb 4:17" or the court order
 * @param firstDay the first day for which the penalty is due
 * @param days     days counted so far
 */
public record Penalty(String basis, LocalDate firstDay, long days, BigDecimal accrued, BigDecimal maximum) {
}
