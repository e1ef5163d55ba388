package nl.openbaar.law;

import java.util.List;

/**
 * The Awb 4:17 penalty for not deciding in time. It does not apply to Woo decisions (Woo 8.2), nor to
 * Wob decisions since 1 October 2016 (Wob 15); the engine uses it only for older Wob defaults.
 *
 * @param perDay     amounts per day for days 1–14, 15–28 and 29–42
 * @param oldPerDay  the older amounts, used for defaults before 1 October 2016
 */
public record DwangsomRules(List<Integer> perDay, List<Integer> oldPerDay, int maxDays, String firstDayRule) {
}
