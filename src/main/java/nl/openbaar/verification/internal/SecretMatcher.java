package nl.openbaar.verification.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.openbaar.verification.model.Secret;

/**
 * Finds redacted texts in extracted text, the way a reader searching the file would: case and spacing do not
 * matter, a match must stand as a word (so a removed "Smit" is not reported inside "Smith"), and numbers are also
 * compared without their separators ("06-23456781" against "06 234 567 81").
 */
public final class SecretMatcher {

    /** Shorter texts (an initial, a house number) cannot be searched for in a whole file without false alarms. */
    public static final int MIN_LENGTH = 3;

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-./()+]");

    private record Needle(Secret secret, String words, String digits, List<String> tokens) {
    }

    private final List<Needle> needles = new ArrayList<>();
    private int skipped;

    public SecretMatcher(List<Secret> secrets) {
        for (Secret s : secrets) {
            String words = normalize(s.text());
            if (words.replace(" ", "").length() < MIN_LENGTH) {
                skipped++;
                continue;
            }
            String compact = SEPARATORS.matcher(words).replaceAll("");
            long digitCount = compact.chars().filter(Character::isDigit).count();
            String digits = digitCount >= 6 && digitCount * 10 >= compact.length() * 6 ? compact : null;
            List<String> tokens = List.of(words.split(" ")).stream().filter(t -> t.length() >= 6).toList();
            needles.add(new Needle(s, words, digits, tokens));
        }
    }

    /** Secrets too short to search for. */
    public int skipped() {
        return skipped;
    }

    public int size() {
        return needles.size();
    }

    public static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u00AD", "").toLowerCase(Locale.ROOT);
        return SPACE.matcher(n).replaceAll(" ").strip();
    }

    /** The secrets found in a text. */
    public List<Secret> foundIn(String text) {
        if (needles.isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        String words = normalize(text);
        String compact = null;
        List<Secret> found = new ArrayList<>();
        for (Needle n : needles) {
            if (containsWord(words, n.words, false)) {
                found.add(n.secret);
            } else if (n.digits != null) {
                if (compact == null) {
                    compact = SEPARATORS.matcher(words).replaceAll("");
                }
                if (containsWord(compact, n.digits, true)) {
                    found.add(n.secret);
                }
            }
        }
        return found;
    }

    /**
     * For OCR output, where a letter may be misread: also a word of six or more letters of the secret that differs
     * from a recognised word in one letter only.
     */
    public List<Secret> foundInOcr(String text) {
        List<Secret> found = new ArrayList<>(foundIn(text));
        String[] ocrWords = normalize(text).split("[^\\p{L}\\p{N}@.]+");
        for (Needle n : needles) {
            if (found.contains(n.secret)) {
                continue;
            }
            outer:
            for (String token : n.tokens) {
                for (String w : ocrWords) {
                    if (Math.abs(w.length() - token.length()) <= 1 && distanceAtMostOne(w, token)) {
                        found.add(n.secret);
                        break outer;
                    }
                }
            }
        }
        return found;
    }

    private static boolean containsWord(String haystack, String needle, boolean digitsOnly) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            boolean startOk = at == 0 || !boundaryChar(haystack.charAt(at - 1), needle.charAt(0), digitsOnly);
            boolean endOk = end == haystack.length() || !boundaryChar(haystack.charAt(end), needle.charAt(needle.length() - 1), digitsOnly);
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /** True when the neighbour would make the match part of a longer word (or number). */
    private static boolean boundaryChar(char neighbour, char edge, boolean digitsOnly) {
        if (digitsOnly) {
            return Character.isDigit(neighbour);
        }
        return Character.isLetterOrDigit(neighbour) && Character.isLetterOrDigit(edge);
    }

    static boolean distanceAtMostOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (la > lb) {
                i++;
            } else if (lb > la) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || (i == la && j == lb);
    }
}
