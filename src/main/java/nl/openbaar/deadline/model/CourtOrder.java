package nl.openbaar.deadline.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A court's order, on an appeal against not deciding in time, to decide by a date with a penalty per day
 * late (Awb 8:55d; Woo 8.4), up to a maximum.
 */
public record CourtOrder(LocalDate orderDate, LocalDate decideBy, BigDecimal perDay, BigDecimal maximum) {
}
