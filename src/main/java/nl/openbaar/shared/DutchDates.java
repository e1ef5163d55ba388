package nl.openbaar.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as Dutch letters and explanations write them. */
public final class DutchDates {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private DutchDates() {
    }

    /** 09-07-2021, as in computed explanations. */
    public static String short_(LocalDate date) {
        return date.format(SHORT);
    }

    /** 9 juli 2021, as in letters. */
    public static String long_(LocalDate date) {
        return date.format(LONG);
    }

    /** vrijdag */
    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, NL);
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
