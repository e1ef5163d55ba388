package nl.openbaar.publication.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published page's text as search should hold it: the document's own words, without what redaction and
 * stamping left in the text layer. Redaction boxes carry their ground code as text ("5.1.2e"), so a page with
 * many boxes reads "5.1.2e 5.1.2e 5.1.2e"; a redacted e-mail address leaves "< @minbzk.nl>"; stamps add
 * "Document 12" and the page number in the bundle; fonts without a Unicode map give runs of odd characters.
 * Codes cited in the text ("artikel 5.1.2e") stay.
 */
public final class PortalText {

    /** A ground code as boxes carry it: 5.1.2e, 5.1.1c, 10.2.e, 10.1.d, 11.1, 5.2. */
    static final String CODE = "(?:\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?(?:\\.?[a-i])?)";
    private static final Pattern CODE_ALONE = Pattern.compile("(?<![\\w.])" + CODE + "(?![\\w.])");
    private static final Pattern CODE_RUN = Pattern.compile("(?<![\\w.])" + CODE + "(?:[ \\t]*[,;]?[ \\t]+" + CODE + ")+(?![\\w.])");
    private static final Pattern ONLY_CODES = Pattern.compile("^[\\s,;]*(?:\\d?" + CODE + "[\\s,;]*)+$");
    private static final Pattern STAMP = Pattern.compile("^\\s*(?:Document|Documentnummer|Document ID|ID)[: ]+\\d{1,7}\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:\\d{1,5}|Pagina \\d{1,5}( van \\d{1,5})?|\\d{1,5} ?/ ?\\d{1,5})\\s*$");
    private static final Pattern CITED = Pattern.compile("(?i)(?:artikel|artikelen|art\\.?|grond|gronden|jo\\.?|juncto|zie)\\s*$");
    private static final Pattern AND_ALSO = Pattern.compile("(?i)(?:en|of|,)\\s*$");
    private static final Pattern ODD = Pattern.compile("[\\x{1100}-\\x{11FF}\\x{3130}-\\x{318F}\\x{E000}-\\x{F8FF}\\x{FFFD}\\x{0000}-\\x{0008}"
            + "\\x{000B}\\x{000E}-\\x{001F}]+");

    private static final Pattern WRAPPED_NUMBER = Pattern.compile("(?<![\\d.,-])(0\\d{0,2}) (\\d{1,3})(?![\\d.,-])");
    private static final Pattern WRAPPED_DATE = Pattern.compile("(?<![\\d-])(\\d{1,2}-\\d{1,2}-) (\\d{4})(?!\\d)");

    private PortalText() {
    }

    public static String clean(String page) {
        if (page == null || page.isBlank()) {
            return "";
        }
        String[] lines = ODD.matcher(page.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").split("\n");
        List<String> kept = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean edge = i < 2 || i >= lines.length - 2;
            if (ONLY_CODES.matcher(line).matches() || STAMP.matcher(line).matches() || (edge && PAGE_NUMBER.matcher(line).matches())) {
                continue;
            }
            String l = wrapped(remnants(codes(line))).strip();
            if (!l.isEmpty()) {
                kept.add(l.replaceAll("[ \\t]{2,}", " "));
            }
        }
        return String.join("\n", kept);
    }

    /** Removes box labels from a line: runs of codes always, a single code unless the text cites it. */
    static String codes(String line) {
        String s = CODE_RUN.matcher(line).replaceAll(" ");
        Matcher m = CODE_ALONE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        boolean previousCited = false;
        while (m.find()) {
            String before = s.substring(0, m.start());
            boolean cited = CITED.matcher(before).find() || (previousCited && AND_ALSO.matcher(s.substring(last, m.start())).find());
            out.append(s, last, m.start());
            if (cited) {
                out.append(m.group());
            }
            previousCited = cited;
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    /**
     * Joins what a narrow table cell wrapped: an inventory number ("000 1" → "0001", four digits with leading
     * zeros) and a date split after its month ("14-01- 2021").
     */
    static String wrapped(String line) {
        Matcher m = WRAPPED_NUMBER.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (m.find()) {
            m.appendReplacement(out, m.group(1).length() + m.group(2).length() == 4 ? m.group(1) + m.group(2) : m.group());
        }
        m.appendTail(out);
        return WRAPPED_DATE.matcher(out).replaceAll("$1$2");
    }

    /** What is left around a redacted part of an e-mail address or name: "< @minbzk.nl>", "Van: )", "( )", "; ;". */
    static String remnants(String line) {
        String s = line;
        s = s.replaceAll("<\\s*>", " ");
        s = s.replaceAll("<\\s*(@[\\w.-]+\\.[a-z]{2,})\\s*>?", "$1");
        s = s.replaceAll("(@[\\w.-]+\\.[a-z]{2,})\\s*>", "$1");
        s = s.replaceAll("\\(\\s*\\)|\\[\\s*]", " ");
        s = s.replaceAll("\\|(?:\\s*\\|)+", "|");
        s = s.replaceAll("^\\s*\\|\\s*|\\s*\\|\\s*$", "");
        s = s.replaceAll(":\\s*[)>\\]]", ":");
        s = s.replaceAll("(?:\\s*;)+\\s*$", "");
        s = s.replaceAll(";\\s*(?=;)", "");
        s = s.replaceAll("\\s+([,.;:])(?=\\s|$)", "$1");
        return s;
    }
}
