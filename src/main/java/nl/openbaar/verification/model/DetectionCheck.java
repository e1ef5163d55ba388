package nl.openbaar.verification.model;

import java.util.List;
import java.util.Set;
import nl.openbaar.law.Regime;

/**
 * Asks the gate to look for itself: detection runs over the independent extractors' text of the file, and a sure
 * finding refuses the file, with its page and place — also for what nobody thought of redacting.
 *
 * @param regime      the case's regime (the grounds detection reasons with)
 * @param knownPeople names known up front (the requester's), found wherever they stand
 * @param keptVisible texts a reviewer decided to keep visible (a rejected proposal): these never refuse a file
 */
public record DetectionCheck(Regime regime, List<String> knownPeople, Set<String> keptVisible) {

    public DetectionCheck {
        knownPeople = List.copyOf(knownPeople);
        keptVisible = Set.copyOf(keptVisible);
    }
}
