package nl.openbaar.law;

/** Dutch ordinals as statutes cite paragraphs: "eerste lid", "tweede lid". */
final class Ordinals {

    private static final String[] WORDS = {
        "", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"
    };

    private Ordinals() {
    }

    static String lid(String number) {
        try {
            int n = Integer.parseInt(number.trim());
            return n > 0 && n < WORDS.length ? WORDS[n] : number;
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
