package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/** The state of scanning one page: its text and tokens, what is known about the case, and what was found. */
public final class PageScan {

    public final String text;
    /** Positions of the line breaks in {@link #text} that may be read across: wrapped lines, column and page turns. */
    public final BitSet soft;
    /** The table cells on this page, in text order, with their column headers (empty outside tables). */
    public final List<nl.openbaar.shared.layout.TableCell> cells;
    public final Tokens tokens;
    public final Lexicon lexicon;
    public KnownNames known;
    public final PublicOffices offices;
    public final List<Span> spans = new ArrayList<>();
    /** People found with high confidence on this page: fed back into the case register. */
    public final List<KnownPerson> learned = new ArrayList<>();
    public final List<Span> publicMentions = new ArrayList<>();
    /** What is public on this page (organisations, their contact data, headings, timestamps): no personal data under it. */
    public final List<PublicSpan> publicSpans = new ArrayList<>();
    /** The date the document speaks from (office holders are judged against it); null when unknown. */
    public java.time.LocalDate documentDate;
    /** Street addresses seen here as an organisation's (next to "Postbus"): fed back into the case register. */
    public final List<String> learnedOrganisationAddresses = new ArrayList<>();
    /** The name tagger's names on this page, computed once (the second pass reuses them). */
    public List<NameTagger.Tagged> tagged;

    public PageScan(String text, Lexicon lexicon, KnownNames known, PublicOffices offices) {
        this(ScanText.plain(text), lexicon, known, offices);
    }

    public PageScan(ScanText scanned, Lexicon lexicon, KnownNames known, PublicOffices offices) {
        this.text = scanned.text();
        this.soft = scanned.soft();
        this.cells = scanned.cells();
        this.lexicon = lexicon;
        this.known = known;
        this.offices = offices;
        this.tokens = Tokens.of(text, lexicon, soft);
    }

    public void add(Span s) {
        if (s.end() > s.start()) {
            spans.add(s);
        }
    }

    public void add(int start, int end, Category category, double score, String recognizer, String subject,
            String explanation) {
        add(new Span(start, end, category, score, recognizer, subject, explanation, false));
    }

    private String flow;

    /** True when the line break at {@code offset} may be read across. */
    public boolean softBreak(int offset) {
        return offset >= 0 && offset < text.length() && text.charAt(offset) == '\n' && soft.get(offset);
    }

    /**
     * The text with every soft line break as a space (same offsets), so that values written with separators over
     * a wrap ("06-\n12345678", "NL91 ABNA\n0417 1643 00", "Kerkstraat\n12") read whole.
     */
    public String flow() {
        if (flow == null) {
            if (soft.isEmpty()) {
                flow = text;
            } else {
                char[] c = text.toCharArray();
                for (int i = soft.nextSetBit(0); i >= 0 && i < c.length; i = soft.nextSetBit(i + 1)) {
                    if (c[i] == '\n') {
                        c[i] = ' ';
                    }
                }
                flow = new String(c);
            }
        }
        return flow;
    }

    private int[] knownByToken;
    private KnownNames knownByTokenFor;

    /** The case register's flags for a word token, looked up once per token and register. */
    public int knownFlags(int token) {
        if (known.isEmpty() || token < 0 || token >= tokens.size) {
            return 0;
        }
        if (knownByTokenFor != known) {
            knownByToken = new int[tokens.size];
            for (int i = 0; i < tokens.size; i++) {
                if (tokens.kind[i] == Tokens.WORD && (tokens.shape[i] & Tokens.CAPITALISED) != 0) {
                    knownByToken[i] = known.flags(text, tokens.start[i], tokens.end[i]);
                }
            }
            knownByTokenFor = known;
        }
        return knownByToken[token];
    }

    /** True when the case register knows a word on this page that {@code before} did not. */
    public boolean knowsMoreThan(KnownNames before) {
        if (known == before || known.isEmpty()) {
            return false;
        }
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.kind[i] == Tokens.WORD && (tokens.shape[i] & Tokens.CAPITALISED) != 0
                    && known.flags(text, tokens.start[i], tokens.end[i]) != before.flags(text, tokens.start[i], tokens.end[i])) {
                return true;
            }
        }
        return false;
    }

    /** Offsets of line ln without its line break. */
    public int lineStart(int ln) {
        return tokens.lineStarts[ln];
    }

    public int lineEnd(int ln) {
        int e = tokens.lineStarts[ln + 1];
        if (e > 0 && e <= text.length() && e > tokens.lineStarts[ln] && text.charAt(e - 1) == '\n') {
            e--;
        }
        return e;
    }

    public String line(int ln) {
        return text.substring(lineStart(ln), lineEnd(ln));
    }

    public boolean lineContains(int ln, String lowerWord) {
        if (ln < 0 || ln >= tokens.lines) {
            return false;
        }
        for (int i = tokens.firstTokenOfLine(ln), e = tokens.endTokenOfLine(ln); i < e; i++) {
            if (tokens.equalsWord(i, lowerWord)) {
                return true;
            }
        }
        return false;
    }

    public boolean lineBlank(int ln) {
        return ln < 0 || ln >= tokens.lines || tokens.firstTokenOfLine(ln) == tokens.endTokenOfLine(ln);
    }
}
