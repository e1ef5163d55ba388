package nl.openbaar.law;

import java.time.LocalDate;

/**
 * A day made equal to a general holiday by royal decree (Algemene termijnenwet art. 3 lid 3).
 *
 * @param verified false where the rule base found no primary source (2020, 2022): shown as a warning
 */
public record EquatedDay(LocalDate date, boolean verified, String source) {
}
