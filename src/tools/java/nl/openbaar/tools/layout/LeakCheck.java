package nl.openbaar.tools.layout;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a planted item can still be read in a redacted document's text, as someone searching it would: case,
 * spacing and punctuation do not matter, and a part of a value is a leak too — six digits in a row of a phone
 * number, BSN or account number (digits count as in a row when only separators lie between them), eight letters of
 * an e-mail's local part within a word or a word wrapped onto the next line, a surname as a word. An e-mail's domain
 * and a number's country or area prefix may stay.
 */
final class LeakCheck {

    /** Six digits in a row: fewer turn up by chance in other numbers of a page (a KvK number, an amount). */
    private static final int DIGITS = 6;
    private static final Set<String> INTERFIXES = Set.of("van", "de", "der", "den", "ter", "ten", "het", "te", "la", "le");

    private final String compact;
    private final Set<String> words = new HashSet<>();
    /** Runs of digits with only separators between them, joined. */
    private final List<String> digitRuns = new java.util.ArrayList<>();
    /** Each white-space separated token compacted, alone and joined over line ends with the next lines' first tokens. */
    private final List<String> tokenJoins = new java.util.ArrayList<>();

    LeakCheck(String redactedText) {
        String n = Normalizer.normalize(redactedText, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        this.compact = compact(n);
        for (String w : n.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : 'x';
            if (Character.isDigit(c)) {
                run.append(c);
            } else if (" -./()+\n\u00a0".indexOf(c) < 0) {
                if (run.length() > 0) {
                    digitRuns.add(run.toString());
                    run.setLength(0);
                }
            }
        }
        // a token alone, and a line's last token joined with the next line's first (a value wrapped at any character)
        String[] lines = n.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String[] tokens = lines[i].strip().split("\\s+");
            for (String t : tokens) {
                tokenJoins.add(compact(t));
            }
            String carry = compact(tokens[tokens.length - 1]);
            for (int k = i + 1; k < Math.min(lines.length, i + 3) && !carry.isEmpty(); k++) {
                String[] next = lines[k].strip().split("\\s+");
                carry += compact(next[0]);
                tokenJoins.add(carry);
                if (next.length > 1) {
                    break;
                }
            }
        }
    }

    /** True when some of the secret can still be read. */
    boolean leaks(Manifest.Item secret) {
        String v = Normalizer.normalize(secret.text(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return switch (secret.kind()) {
            case "phone" -> windowIn(digitRuns, subscriber(digits(v)), DIGITS);
            case "bsn" -> windowIn(digitRuns, digits(v), DIGITS);
            case "iban" -> windowIn(digitRuns, last(digits(v.substring(Math.min(4, v.length()))), 10), DIGITS);
            case "email" -> windowIn(tokenJoins, compact(v.substring(0, Math.max(0, v.indexOf('@')))), 8);
            case "person-name" -> surnames(v).stream().anyMatch(words::contains);
            default -> compact.contains(compact(v));
        };
    }

    /** True when the public item can still be read whole. */
    boolean shows(Manifest.Item item) {
        return compact.contains(compact(Normalizer.normalize(item.text(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)));
    }

    /** Some stretch of {@code window} characters of the value (or all of a shorter value) lies within one of the texts. */
    private static boolean windowIn(List<String> texts, String value, int window) {
        if (value.isEmpty()) {
            return false;
        }
        int w = Math.min(window, value.length());
        for (int i = 0; i + w <= value.length(); i++) {
            String part = value.substring(i, i + w);
            for (String t : texts) {
                if (t.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number without its national or international prefix: the part that identifies the line. */
    private static String subscriber(String digits) {
        return last(digits, 7);
    }

    private static String last(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    /** The name's surname words: not initials, not first names, not interfixes. */
    static List<String> surnames(String name) {
        String[] tokens = name.split("[\\s-]+");
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i].replaceAll("[^\\p{L}]", "");
            if (t.length() >= 3 && !INTERFIXES.contains(t)) {
                out.add(t);
            }
        }
        if (out.isEmpty() && tokens.length == 1) {
            out.add(tokens[0].replaceAll("[^\\p{L}]", ""));
        }
        return out;
    }

    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
