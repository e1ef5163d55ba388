package nl.openbaar.tools.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * A document of the labelled evaluation set: its pages' plain text and the spans a careful case handler
 * redacts ({@code [[NAME:Lotte Verbeek]]}) or keeps visible on purpose ({@code {{PUBLIC:Knops}}}).
 */
public record LabelledDocument(String name, List<String> pages, List<Gold> gold) {

    /**
     * A labelled span; {@code label} is NAME, EMAIL, GROUP, PHONE, BSN, IBAN, POSTCODE, ADDRESS, DOB, PLATE, JOB, OPINION,
     * NAMESAKE (a private person who shares a public office holder's name) or PUBLIC, optionally with its kind
     * (PUBLIC-PERSON, PUBLIC-ORG, PUBLIC-CONTACT, PUBLIC-HEADING, PUBLIC-TIME).
     */
    public record Gold(int page, int start, int end, String label, String text) {
        public boolean isPublic() {
            return label.equals("PUBLIC") || label.startsWith("PUBLIC-");
        }

        /** PERSON, ORG, CONTACT, HEADING, TIME, or "" for a plain PUBLIC label. */
        public String publicKind() {
            return label.startsWith("PUBLIC-") ? label.substring("PUBLIC-".length()) : "";
        }
    }

    public LabelledDocument {
        pages = List.copyOf(pages);
        gold = List.copyOf(gold);
    }

    /** Parses the markup; a line {@code === page ===} starts a new page. */
    public static LabelledDocument parse(String name, String marked) {
        List<String> pages = new ArrayList<>();
        List<Gold> gold = new ArrayList<>();
        String[] parts = marked.replace("\r\n", "\n").split("(?m)^=== page ===\n?");
        for (String part : parts) {
            int page = pages.size() + 1;
            StringBuilder text = new StringBuilder(part.length());
            int i = 0;
            while (i < part.length()) {
                boolean redact = part.startsWith("[[", i);
                boolean keep = part.startsWith("{{", i);
                if (redact || keep) {
                    String close = redact ? "]]" : "}}";
                    int colon = part.indexOf(':', i);
                    int end = part.indexOf(close, i);
                    if (colon < 0 || end < 0 || colon > end) {
                        throw new IllegalArgumentException(name + ": unclosed label at offset " + i);
                    }
                    String label = part.substring(i + 2, colon);
                    String content = part.substring(colon + 1, end);
                    int start = text.length();
                    text.append(content);
                    gold.add(new Gold(page, start, text.length(), label, content));
                    i = end + 2;
                } else {
                    text.append(part.charAt(i++));
                }
            }
            pages.add(text.toString());
        }
        return new LabelledDocument(name, pages, gold);
    }
}
