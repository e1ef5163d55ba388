package nl.openbaar.request.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a case handler (or the public form) enters to register a request. Field names are the ones the CLI,
 * the API and error messages use.
 *
 * @param kenmerk null to have one generated from the configured pattern
 * @param regime  "woo" or "wob"; null to derive it from the date of receipt
 */
public record NewRequest(
        String kenmerk,
        String regime,
        Verzoeker verzoeker,
        LocalDate letterDate,
        LocalDate receivedDate,
        String channel,
        String subject,
        List<String> items,
        Periode requestedPeriod,
        Periode scopedPeriod,
        String scopeReason,
        String organisation) {

    public NewRequest {
        items = items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
    }
}
