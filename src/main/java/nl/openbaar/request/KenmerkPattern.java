package nl.openbaar.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.law.Regime;
import nl.openbaar.request.model.Limits;

/**
 * The organisation's pattern for request references, e.g. {@code {regime}-{year}-{seq:4}} → "WOO-2026-0007".
 * Placeholders: {regime} (WOO/WOB), {year} (year of receipt), {seq:N} (number in the year, N digits).
 */
public record KenmerkPattern(String pattern) {

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");

    public KenmerkPattern {
        if (pattern == null || !SEQ.matcher(pattern).find()) {
            throw new IllegalArgumentException("kenmerk pattern needs a {seq} placeholder: " + pattern);
        }
        // A configured pattern with '/' or spaces would give kenmerken no address can reach: refuse it at start.
        String sample = format(pattern, Regime.WOO, 2026, 9999);
        if (!Limits.KENMERK.matcher(sample).matches()) {
            throw new IllegalArgumentException("openbaar.kenmerk-pattern gives '" + sample + "': " + Limits.KENMERK_RULE);
        }
    }

    public String format(Regime regime, int year, int number) {
        return format(pattern, regime, year, number);
    }

    private static String format(String pattern, Regime regime, int year, int number) {
        String s = pattern.replace("{regime}", regime.shortName().toUpperCase(java.util.Locale.ROOT))
                .replace("{year}", Integer.toString(year));
        Matcher m = SEQ.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            m.appendReplacement(out, String.format("%0" + width + "d", number));
        }
        m.appendTail(out);
        return out.toString();
    }
}
