package nl.openbaar.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the sender's closing and signature block from an e-mail body before duplicates are computed: a reply
 * that quotes an earlier mail often leaves its signature out, which would hide that the reply contains the whole
 * message. Only the text used for duplicate detection is changed; the document itself is untouched.
 */
final class Signatures {

    private static final Pattern CLOSING = Pattern.compile(
            "^(met )?(vriendelijke|hartelijke|collegiale|beste|warme)? ?groet(en|jes)?[,.!]?$|^mvg[,.]?$|^gr(oet)?\\.?[,]?$"
                    + "|^(kind|best|warm)? ?regards[,.]?$|^groeten[,.]?$|^met vriendelijke groeten[,.]?$|^sincerely[,.]?$|^cheers[,.]?$");
    private static final Pattern QUOTE = Pattern.compile("^(>|-{3,}|_{3,}|van:|from:|op .* schreef|on .* wrote).*");
    private static final int MAX_LINES = 10;
    private static final int MAX_LINE = 90;

    private Signatures() {
    }

    static String strip(String body) {
        String[] lines = body.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            String l = lines[i].strip().toLowerCase(Locale.ROOT);
            if (!CLOSING.matcher(l).matches()) {
                out.add(lines[i++]);
                continue;
            }
            int j = i + 1;
            while (j < lines.length && lines[j].isBlank()) {
                j++;
            }
            int end = j;
            while (end < lines.length && !lines[end].isBlank() && end - j < MAX_LINES + 1) {
                String s = lines[end].strip();
                if (s.length() > MAX_LINE || QUOTE.matcher(s.toLowerCase(Locale.ROOT)).matches()) {
                    break;
                }
                end++;
            }
            boolean block = end > j && end - j <= MAX_LINES && (end == lines.length || lines[end].isBlank());
            i = block ? end : i + 1;
        }
        return String.join("\n", out);
    }
}
