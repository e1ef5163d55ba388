package nl.openbaar.web;

import java.time.LocalDate;
import nl.openbaar.shared.DutchDates;
import org.springframework.stereotype.Component;

/** Date formatting for templates: ${@fmt.date(d)}. */
@Component("fmt")
public class Format {

    public String date(LocalDate d) {
        return d == null ? "" : DutchDates.short_(d);
    }

    public String longDate(LocalDate d) {
        return d == null ? "" : DutchDates.long_(d);
    }

    public String weekday(LocalDate d) {
        return d == null ? "" : DutchDates.weekday(d);
    }
}
