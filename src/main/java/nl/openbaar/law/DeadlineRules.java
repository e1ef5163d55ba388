package nl.openbaar.law;

import java.time.LocalDate;

/**
 * The statutory terms of one regime, as data from the rule base (Woo art. 4.4, Wob art. 6, Awb 6:7).
 *
 * @param dwangsomAppliesBefore default notices received before this date still earn the Awb 4:17 penalty
 *                              (Wob before 1 October 2016); null when it never applies
 */
public record DeadlineRules(
        Regime regime,
        int decideWeeks,
        int extensionWeeks,
        int objectionWeeks,
        int thirdPartyWaitWeeks,
        LocalDate dwangsomAppliesBefore,
        String decideBasis,
        String extensionBasis,
        String suspensionBasis,
        String dwangsomBasis) {
}
