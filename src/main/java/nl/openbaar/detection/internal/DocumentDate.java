package nl.openbaar.detection.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a document speaks from, read as a person reads it: the first dated header line near the top ("Datum
 * 12 maart 2021", "Verzonden: dinsdag 9 februari 2021 14:12", "Date: Tue, 9 Feb 2021", "Den Haag, 2 mei 2022"),
 * else the first date of a chat line. Office holders are judged against it: a minister's name on a letter dated
 * after the minister left office is not the minister's by the register alone.
 */
public final class DocumentDate {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("january", 1), Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("mar", 3), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("june", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("augustus", 8),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String WORD_DATE = "(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+((?:19|20)\\d{2})";
    private static final String NUMERIC_DATE = "(\\d{1,2})[-/.](\\d{1,2})[-/.]((?:19|20)\\d{2})";
    private static final String ISO_DATE = "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})";
    /** A header label, then anything short (a weekday), then the date. */
    private static final Pattern HEADER = Pattern.compile("(?im)^\\s*(?:datum|date|verzonden|sent|verstuurd|gedateerd|dagtekening)"
            + "\\s*:?\\s*(?:[A-Za-z]{2,9},?\\s+)?(?:" + WORD_DATE + "|" + NUMERIC_DATE + "|" + ISO_DATE + ")");
    /** "Den Haag, 2 mei 2022" as a line of its own. */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("(?m)^\\s*[\\p{Lu}'][\\p{L}' -]{1,30},\\s+" + WORD_DATE + "\\s*$");
    private static final Pattern CHAT = Pattern.compile("(?m)^\\s*\\[?" + NUMERIC_DATE);

    private DocumentDate() {
    }

    /**
     * The date the text gives, else {@code metadata} (an e-mail's sent date, a file's date): the text wins, because a
     * scan of a 2012 letter made in 2021 still speaks from 2012.
     */
    public static LocalDate infer(List<String> pages, LocalDate metadata) {
        LocalDate fromText = infer(pages);
        return fromText != null ? fromText : metadata;
    }

    /** The document's date from its pages' text, or null. Looks only at the first page's first 4,000 characters. */
    public static LocalDate infer(List<String> pages) {
        if (pages.isEmpty()) {
            return null;
        }
        String head = pages.get(0).length() > 4000 ? pages.get(0).substring(0, 4000) : pages.get(0);
        LocalDate d = first(HEADER.matcher(head));
        if (d == null) {
            d = first(PLACE_AND_DATE.matcher(head));
        }
        if (d == null) {
            d = first(CHAT.matcher(head));
        }
        return d;
    }

    private static LocalDate first(Matcher m) {
        while (m.find()) {
            LocalDate d = parse(m);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Groups 1-3 a word date, 4-6 a numeric one, 7-9 ISO (as the patterns above are built). */
    private static LocalDate parse(Matcher m) {
        try {
            for (int g = 1; g + 2 <= m.groupCount(); g += 3) {
                if (m.group(g) == null) {
                    continue;
                }
                String a = m.group(g);
                String b = m.group(g + 1);
                String c = m.group(g + 2);
                if (a.length() == 4) {
                    return LocalDate.of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
                }
                Integer month = Character.isDigit(b.charAt(0)) ? Integer.valueOf(b) : MONTHS.get(b.toLowerCase(Locale.ROOT));
                if (month == null) {
                    return null;
                }
                return LocalDate.of(Integer.parseInt(c), month, Integer.parseInt(a));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
