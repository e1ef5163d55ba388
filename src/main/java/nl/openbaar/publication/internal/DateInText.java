package nl.openbaar.publication.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Dutch letters and inventories write them: "28 oktober 2021", "28-10-2021", "2021-10-28", "14-01- 2021". */
final class DateInText {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("februari", 2),
            Map.entry("maart", 3), Map.entry("april", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("augustus", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    static final Pattern DATE = Pattern.compile("(?iu)\\b(?:(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus"
            + "|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?\\s+((?:19|20)\\d{2})"
            + "|(\\d{1,2})[-/.](\\d{1,2})[-/.]\\s?((?:19|20)\\d{2})|((?:19|20)\\d{2})-(\\d{2})-(\\d{2}))\\b");

    private DateInText() {
    }

    /** The first date in the text, or null. */
    static LocalDate first(String text) {
        Matcher m = DATE.matcher(text == null ? "" : text);
        while (m.find()) {
            LocalDate d = of(m);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static LocalDate of(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(1)));
            }
            if (m.group(4) != null) {
                return LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            }
            return LocalDate.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }
}
