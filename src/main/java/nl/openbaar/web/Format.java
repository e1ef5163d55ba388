package nl.openbaar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import nl.openbaar.shared.DutchDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates for templates, in the page's language: ${@fmt.date(d)}, ${@fmt.longDate(d)}. */
@Component("fmt")
public class Format {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public String date(LocalDate d) {
        return d == null ? "" : DutchDates.short_(d);
    }

    public String longDate(LocalDate d) {
        if (d == null) {
            return "";
        }
        Locale l = locale();
        return l.getLanguage().equals("nl") ? DutchDates.long_(d) : d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", l));
    }

    public String weekday(LocalDate d) {
        return d == null ? "" : d.getDayOfWeek().getDisplayName(TextStyle.FULL, locale());
    }

    public String time(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").format(t.atZone(ZONE));
    }

    public String month(YearMonth m) {
        return m == null ? "" : m.getMonth().getDisplayName(TextStyle.SHORT, locale()) + " " + m.getYear();
    }

    public String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public String money(java.math.BigDecimal amount) {
        return amount == null ? "" : String.format(locale(), "€ %,.2f", amount);
    }

    private static Locale locale() {
        Locale l = LocaleContextHolder.getLocale();
        return "en".equals(l.getLanguage()) ? Locale.UK : DutchDates.NL;
    }
}
