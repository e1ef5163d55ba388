package nl.openbaar.inventory.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a title or remark fit to publish. Titles are e-mail subjects and file names written by anyone: they
 * carry names, addresses and numbers as often as the documents do, and a leak in a file name is as bad as one
 * in the text (the VWS platform withdraws documents for "ongelakte gegevens in de bestandsnaam"). Every text
 * redacted anywhere in the request is removed from every title, and so are e-mail addresses and phone numbers;
 * what is removed shows as its ground code in brackets, as the boxes show it.
 */
public final class PublicText {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** Nine or more digits with the usual separators (06-12345678, +31 20 123 4567, 020 - 1234567). */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\+|00)?(\\d[\\s().-]{0,3}){8,14}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    /** A redacted text: the literal (lower case) for a quick containment test before the exact, word-bounded match. */
    private record Rule(String literal, Pattern pattern, String code) {
    }

    private final List<Rule> redacted = new ArrayList<>();
    private final String privacyCode;

    /**
     * @param redactedTexts the text under each box of the request, with the box's ground code
     * @param privacyCode   the privacy ground of the regime ("5.1.2e", "10.2.e"), shown where an address or number went
     */
    public PublicText(Map<String, String> redactedTexts, String privacyCode) {
        this.privacyCode = privacyCode;
        Map<String, String> byText = new LinkedHashMap<>();
        redactedTexts.forEach((text, code) -> {
            if (text != null && text.strip().length() >= 2) {
                byText.putIfAbsent(text.strip(), code == null ? privacyCode : code);
            }
        });
        byText.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> redacted.add(new Rule(e.getKey().toLowerCase(java.util.Locale.ROOT), Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey())
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e.getValue())));
    }

    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String s = CONTROL.matcher(text).replaceAll(" ");
        // Thousands of redacted texts against thousands of titles: test containment first, match only where it can hit.
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (Rule r : redacted) {
            if (lower.contains(r.literal())) {
                s = r.pattern().matcher(s).replaceAll(Matcher.quoteReplacement("[" + r.code() + "]"));
                lower = s.toLowerCase(java.util.Locale.ROOT);
            }
        }
        s = EMAIL.matcher(s).replaceAll(Matcher.quoteReplacement("[" + privacyCode + "]"));
        s = PHONE.matcher(s).replaceAll(Matcher.quoteReplacement("[" + privacyCode + "]"));
        return s.replaceAll("\\s+", " ").strip();
    }
}
