package nl.openbaar.request.model;

import java.time.LocalDate;
import java.util.Map;

/** An event a user records on a request's timeline. */
public record NewEvent(String type, LocalDate date, String note, String letter, Map<String, String> details) {

    public NewEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
