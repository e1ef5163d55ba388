package nl.openbaar.letter.model;

import java.util.ArrayList;
import java.util.List;

/** Two versions of a text compared word by word (longest common subsequence), for the version comparison. */
public final class TextDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Piece(Kind kind, String text) {
    }

    /** Beyond this many words per side the texts are shown as removed and added whole (the table grows as the square). */
    private static final int MAX_WORDS = 4_000;

    private TextDiff() {
    }

    public static List<Piece> words(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        List<Piece> out = new ArrayList<>();
        if ((long) a.length * b.length > (long) MAX_WORDS * MAX_WORDS / 4 || a.length > MAX_WORDS || b.length > MAX_WORDS) {
            add(out, Kind.REMOVED, String.join(" ", a));
            add(out, Kind.ADDED, String.join(" ", b));
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(out, Kind.SAME, a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Kind.ADDED, b[j++]);
            } else {
                add(out, Kind.REMOVED, a[i++]);
            }
        }
        return out;
    }

    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    private static String[] split(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /** Neighbouring words of one kind become one piece. */
    private static void add(List<Piece> out, Kind kind, String word) {
        if (word.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(kind, last.text() + " " + word));
        } else {
            out.add(new Piece(kind, word));
        }
    }
}
