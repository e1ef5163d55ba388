package nl.openbaar.verification.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.openbaar.verification.model.Secret;

/**
 * Finds redacted texts in extracted text the way a reader searching the file would: case, spacing and punctuation
 * do not matter, a match is made of whole words (a removed "Smit" is not reported inside "Smith", but is inside
 * "smit@minbzk.nl"), and numbers are also compared without their separators ("06-23456781" against
 * "06 234 567 81", an IBAN with or without spaces). Works on words through hash lookups, so thousands of secrets
 * can be searched for in a file of megabytes.
 */
public final class SecretMatcher {

    /** Shorter texts (an initial, a house number) cannot be searched for in a whole file without false alarms. */
    public static final int MIN_LENGTH = 3;
    private static final int MIN_DIGITS = 6;

    private record Needle(Secret secret, String[] words, String compact, List<String> longWords) {
    }

    private final Map<String, List<Needle>> byFirstWord = new HashMap<>();
    private final Map<String, List<Needle>> byCompact = new HashMap<>();
    private final Set<Integer> compactLengths = new TreeSet<>();
    private final List<Needle> needles = new ArrayList<>();
    private int skipped;

    public SecretMatcher(List<Secret> secrets) {
        for (Secret s : secrets) {
            List<String> words = words(s.text());
            String joined = String.join("", words);
            if (joined.length() < MIN_LENGTH) {
                skipped++;
                continue;
            }
            long digits = joined.chars().filter(Character::isDigit).count();
            String compact = digits >= MIN_DIGITS ? joined : null;
            List<String> longWords = words.stream().filter(w -> w.length() >= 6).toList();
            Needle n = new Needle(s, words.toArray(String[]::new), compact, longWords);
            needles.add(n);
            byFirstWord.computeIfAbsent(n.words[0], k -> new ArrayList<>()).add(n);
            if (compact != null) {
                byCompact.computeIfAbsent(compact, k -> new ArrayList<>()).add(n);
                compactLengths.add(compact.length());
            }
        }
    }

    /**
     * The same secrets for searching a file's syntax (its objects and content streams as bytes): without those that are
     * only a short number ("1955", "215": the year or house number of a date or address the engine removed piece by
     * piece). In the syntax such a number is an object number ("1955 0 R") or a coordinate, never a reader's text; the
     * extracted texts, the file's decoded strings and the metadata are still searched for it.
     */
    public SecretMatcher forFileSyntax() {
        return new SecretMatcher(needles.stream().map(Needle::secret).filter(s -> !loneShortNumber(s.text())).toList());
    }

    static boolean loneShortNumber(String text) {
        String joined = String.join("", words(text));
        return !joined.isEmpty() && joined.chars().allMatch(Character::isDigit) && joined.length() < MIN_DIGITS;
    }

    /** Secrets too short to search for. */
    public int skipped() {
        return skipped;
    }

    public int size() {
        return needles.size();
    }

    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u00AD", "").toLowerCase(Locale.ROOT);
    }

    /** The words of a text: maximal runs of letters and digits, normalised. */
    static List<String> words(String text) {
        String n = normalize(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            boolean word = i < n.length() && Character.isLetterOrDigit(n.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(n.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** The secrets found in a text. */
    public List<Secret> foundIn(String text) {
        if (needles.isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        String n = normalize(text);
        Set<Secret> found = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        List<Boolean> numberLike = new ArrayList<>();
        List<Boolean> joinable = new ArrayList<>(); // only separators such as space, dash, dot between this word and the previous
        int start = -1;
        boolean separatorsOnly = true;
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : '\n';
            boolean word = i < n.length() && Character.isLetterOrDigit(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String w = n.substring(start, i);
                words.add(w);
                numberLike.add(w.length() <= 4 || w.chars().anyMatch(Character::isDigit));
                joinable.add(separatorsOnly && words.size() > 1);
                start = -1;
                separatorsOnly = true;
            }
            if (!word && i < n.length() && " -./()+\u00a0".indexOf(c) < 0) {
                separatorsOnly = false;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            List<Needle> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Needle needle : candidates) {
                if (i + needle.words.length <= words.size() && matchesAt(words, i, needle.words)) {
                    found.add(needle.secret);
                }
            }
        }
        if (!byCompact.isEmpty()) {
            // numbers written with other separators: join runs of number-like words and look for the digits inside
            int i = 0;
            while (i < words.size()) {
                if (!numberLike.get(i)) {
                    i++;
                    continue;
                }
                StringBuilder run = new StringBuilder(words.get(i));
                Set<Integer> starts = new java.util.HashSet<>(List.of(0));
                Set<Integer> ends = new java.util.HashSet<>();
                int j = i + 1;
                while (j < words.size() && numberLike.get(j) && joinable.get(j)) {
                    starts.add(run.length());
                    ends.add(run.length());
                    run.append(words.get(j));
                    j++;
                }
                ends.add(run.length());
                if (run.chars().filter(Character::isDigit).count() >= MIN_DIGITS) {
                    String r = run.toString();
                    for (int k : starts) {
                        for (int len : compactLengths) {
                            // whole words only: a number inside a longer number is a different number
                            if (ends.contains(k + len)) {
                                List<Needle> hit = byCompact.get(r.substring(k, k + len));
                                if (hit != null) {
                                    hit.forEach(h -> found.add(h.secret));
                                }
                            }
                        }
                    }
                }
                i = j;
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean matchesAt(List<String> words, int at, String[] needle) {
        for (int k = 0; k < needle.length; k++) {
            if (!words.get(at + k).equals(needle[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * For OCR output, where a letter may be misread: also a word of six or more letters of the secret that differs
     * from a recognised word in one letter only.
     */
    public List<Secret> foundInOcr(String text) {
        List<Secret> found = new ArrayList<>(foundIn(text));
        List<String> ocrWords = words(text);
        for (Needle n : needles) {
            if (found.contains(n.secret)) {
                continue;
            }
            outer:
            for (String token : n.longWords) {
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
        return true;
    }
}
