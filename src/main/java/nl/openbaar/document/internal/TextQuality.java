package nl.openbaar.document.internal;

/**
 * Whether a page's text layer can be trusted. Scanners and broken font encodings leave layers that are empty,
 * private-use characters, replacement characters or one long glued word; such pages are OCR'd instead.
 */
final class TextQuality {

    private static final int MIN_CHARS = 12;

    private TextQuality() {
    }

    static boolean usable(String text) {
        int letters = 0;
        int bad = 0;
        int nonSpace = 0;
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                run = 0;
                continue;
            }
            nonSpace++;
            longest = Math.max(longest, ++run);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            }
            int type = Character.getType(c);
            if (c == '\uFFFD' || type == Character.PRIVATE_USE || type == Character.CONTROL || type == Character.UNASSIGNED
                    || type == Character.SURROGATE) {
                bad++;
            }
        }
        if (nonSpace < MIN_CHARS) {
            return false;
        }
        if (bad > nonSpace / 4) {
            return false;
        }
        if (letters < nonSpace / 3) {
            return false;
        }
        // A "word" of hundreds of characters is glued text without spaces: positions are useless
        return longest < 200 || nonSpace > longest * 4;
    }
}
