package nl.openbaar.detection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.openbaar.detection.internal.DetectionEngine;
import nl.openbaar.detection.internal.KnownNames;
import nl.openbaar.detection.internal.Lexicon;
import nl.openbaar.detection.internal.NameTagger;
import nl.openbaar.detection.internal.PageScan;
import nl.openbaar.detection.internal.PublicOffices;
import nl.openbaar.detection.internal.ScanText;
import nl.openbaar.detection.internal.Span;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.detection.model.PublicMention;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.DocumentText;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.shared.layout.PageRange;
import nl.openbaar.shared.layout.ReadingOrder;
import nl.openbaar.shared.layout.TableCell;

/**
 * Finds personal data and sensitive passages on a document's pages and proposes what to redact, with the
 * boxes to draw and the ground to print. Pure Java: no database, no Spring; one instance serves all threads.
 *
 * <pre>{@code
 * DetectingPersonalData detection = DetectingPersonalData.standard();
 * DetectionSettings settings = DetectionSettings.of(Regime.WOO);          // one per case: holds its register
 * settings.register().addPerson("Rik Dijkhuizen", "verzoeker");          // optional: names known up front
 * detection.learn(allPagesOfTheCase, settings);                          // optional: consistency across documents
 * DetectionResult r = detection.detect(pagesOfOneDocument, settings);
 * for (Finding f : r.toRedact()) { … f.areas() (page + box), f.ground(), f.category() … }
 * }</pre>
 *
 * Recognizers: names (lists, titles, initials, interfixes, e-mail headers, signatures, the case register),
 * e-mail local parts and group mailboxes, phone numbers (libphonenumber), BSN (elfproef), IBAN (mod 97),
 * postcodes and street addresses, dates of birth (with context), licence plates, job titles attached to a
 * name, and personal policy opinions (review only). Public office holders stay visible.
 */
public final class DetectingPersonalData {

    /** A document's text is scanned in stretches of at most this many characters, cut at block breaks. */
    public static final int MAX_PAGE_CHARS = 2_000_000;

    private final Lexicon lexicon;
    private final NameTagger tagger;
    private final Map<PublicOfficeHolders, DetectionEngine> engines = new IdentityHashMap<>();

    private DetectingPersonalData(Lexicon lexicon, NameTagger tagger) {
        this.lexicon = lexicon;
        this.tagger = tagger;
    }

    /** The shipped word lists and name model (loaded once, ~1 s on first use). */
    public static DetectingPersonalData standard() {
        return Holder.STANDARD;
    }

    /** The rules and word lists without the statistical name tagger (to measure what the tagger adds). */
    public static DetectingPersonalData rulesOnly() {
        return new DetectingPersonalData(Lexicon.standard(), null);
    }

    /** The shipped word lists with another name model, e.g. one just trained by {@code openbaar train ner}. */
    public static DetectingPersonalData withNameModel(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            return new DetectingPersonalData(Lexicon.standard(), NameTagger.read(in));
        } catch (IOException e) {
            throw new InvalidInputException("model", "kan naammodel " + model + " niet lezen: " + e.getMessage());
        }
    }

    /** True when a statistical name tagger takes part. */
    public boolean hasNameModel() {
        return tagger != null;
    }

    private static final class Holder {
        static final DetectingPersonalData STANDARD = new DetectingPersonalData(Lexicon.standard(), NameTagger.standard());
    }

    /**
     * Detects in one document's pages, read in reading order as one text ({@link ReadingOrder}): a value broken
     * by layout is found whole and gets the boxes of all its pieces. Names learned here join the settings' register.
     */
    public DetectionResult detect(List<PageLayout> pages, DetectionSettings settings) {
        return detect(pages, settings, null);
    }

    /**
     * Detects in one document's pages, judging office holders against the document's date: the date its text gives
     * ("Datum 12 maart 2021", an e-mail's "Verzonden:" line), else {@code documentDate} (sent date, metadata; may be null).
     */
    public DetectionResult detect(List<PageLayout> pages, DetectionSettings settings, LocalDate documentDate) {
        return detect(ReadingOrder.of(checked(pages)), settings, documentDate);
    }

    /** As {@link #detect(List, DetectionSettings, LocalDate)} on a document already read in reading order. */
    public DetectionResult detect(DocumentText doc, DetectionSettings settings, LocalDate documentDate) {
        List<Chunk> chunks = chunks(doc);
        CaseRegister register = settings.register() == null ? new CaseRegister() : settings.register();
        KnownNames known = register.names();
        List<PageScan> scans = engine(settings.offices()).scan(chunks.stream().map(Chunk::scanText).toList(), known, learned -> {
            register.addAll(learned.people());
            learned.organisationAddresses().forEach(register::addOrganisationAddress);
            return register.names();
        }, documentDate);
        List<Finding> findings = new ArrayList<>();
        List<PublicMention> mentions = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            int base = chunks.get(c).start();
            PageScan scan = scans.get(c);
            for (Span s : scan.spans) {
                Handling handling = handling(s, settings);
                if (handling != null) {
                    finding(doc, base, s, handling, settings).ifPresent(findings::add);
                }
            }
            for (Span m : scan.publicMentions) {
                List<PageRange> ranges = doc.ranges(base + m.start(), base + m.end());
                if (!ranges.isEmpty()) {
                    PageRange r = ranges.get(0);
                    mentions.add(new PublicMention(r.page(), r.start(), r.end(), value(doc, base + m.start(), base + m.end(), m.category()),
                            m.explanation()));
                }
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::page).thenComparingInt(f -> f.ranges().get(0).start()));
        return new DetectionResult(findings, mentions);
    }

    private static Handling handling(Span s, DetectionSettings settings) {
        if (s.reviewOnly()) {
            return Handling.REVIEW;
        } else if (s.score() >= settings.threshold()) {
            return Handling.REDACT;
        } else if (s.score() >= settings.reviewThreshold()) {
            return Handling.REVIEW;
        }
        return null;
    }

    private static java.util.Optional<Finding> finding(DocumentText doc, int base, Span s, Handling handling, DetectionSettings settings) {
        int start = base + s.start();
        int end = base + s.end();
        List<PageRange> ranges = doc.ranges(start, end);
        if (ranges.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(ranges, value(doc, start, end, s.category()), doc.areas(start, end), s.category(),
                round(s.score()), s.recognizer(), settings.grounds().ground(s.category(), settings.regime()), handling, s.subject(),
                s.explanation()));
    }

    /**
     * The value as a person reads it: a line break inside it is a space, except inside an e-mail address, which a
     * wrap cuts at any character.
     */
    private static String value(DocumentText doc, int start, int end, Category category) {
        String t = doc.text().substring(start, end);
        boolean glued = category == Category.EMAIL_LOCAL_PART || category == Category.GROUP_MAILBOX;
        return glued ? t.replace("\n", "") : t.replace('\n', ' ');
    }

    /** A stretch of the document's text scanned at once; long documents are cut at block breaks. */
    private record Chunk(int start, ScanText scanText) {
    }

    private static List<Chunk> chunks(DocumentText doc) {
        String text = doc.text();
        BitSet soft = doc.softBreaks();
        List<Chunk> out = new ArrayList<>();
        int from = 0;
        while (from < text.length() || out.isEmpty()) {
            int to = Math.min(text.length(), from + MAX_PAGE_CHARS);
            if (to < text.length()) {
                int cut = text.lastIndexOf("\n\n", to);
                if (cut <= from) {
                    cut = text.lastIndexOf('\n', to);
                }
                to = cut > from ? cut + 1 : to;
            }
            out.add(new Chunk(from, new ScanText(text.substring(from, to), soft.get(from, to), cellsIn(doc, from, to))));
            from = to;
        }
        return out;
    }

    /** The cells inside text [from, to), with offsets from {@code from}. */
    private static List<TableCell> cellsIn(DocumentText doc, int from, int to) {
        List<TableCell> all = doc.cells();
        if (all.isEmpty()) {
            return List.of();
        }
        List<TableCell> out = new ArrayList<>();
        for (TableCell c : all) {
            if (c.start() >= from && c.end() <= to) {
                out.add(c.shifted(-from));
            }
        }
        return out;
    }

    /**
     * Learns the people of a whole case before detecting in its documents one by one, so that a name first
     * seen in the last e-mail is also found in the first. Cheaper than detection: names and addresses only.
     */
    public void learn(List<PageLayout> pages, DetectionSettings settings) {
        learn(pages, settings, null);
    }

    /** As {@link #learn(List, DetectionSettings)}, with the document's date (null: from its text). */
    public void learn(List<PageLayout> pages, DetectionSettings settings, LocalDate documentDate) {
        if (settings.register() == null) {
            return;
        }
        learn(ReadingOrder.of(checked(pages)), settings, documentDate);
    }

    /** As {@link #learn(List, DetectionSettings, LocalDate)} on a document already read in reading order. */
    public void learn(DocumentText doc, DetectionSettings settings, LocalDate documentDate) {
        if (settings.register() == null) {
            return;
        }
        DetectionEngine.Learned learned = engine(settings.offices()).learn(chunks(doc).stream().map(Chunk::scanText).toList(),
                settings.register().names(), documentDate);
        settings.register().addAll(learned.people());
        learned.organisationAddresses().forEach(settings.register()::addOrganisationAddress);
    }

    /** Both steps over a whole case: learn from all documents, then detect in each (keyed as given). */
    public <K> Map<K, DetectionResult> detectCase(Map<K, List<PageLayout>> documents, DetectionSettings settings) {
        return detectCase(documents, settings, k -> null);
    }

    /** Both steps over a whole case, each document judged against its own date ({@code dateOf} may answer null). */
    public <K> Map<K, DetectionResult> detectCase(Map<K, List<PageLayout>> documents, DetectionSettings settings,
            Function<K, LocalDate> dateOf) {
        // each document is put in reading order once, for both passes
        Map<K, DocumentText> texts = new LinkedHashMap<>();
        documents.forEach((k, pages) -> texts.put(k, ReadingOrder.of(checked(pages))));
        texts.forEach((k, doc) -> learn(doc, settings, dateOf.apply(k)));
        Map<K, DetectionResult> out = new LinkedHashMap<>();
        texts.forEach((k, doc) -> out.put(k, detect(doc, settings, dateOf.apply(k))));
        return out;
    }

    private synchronized DetectionEngine engine(PublicOfficeHolders offices) {
        return engines.computeIfAbsent(offices, o -> new DetectionEngine(lexicon, new PublicOffices(o.holders()), tagger));
    }

    private static List<PageLayout> checked(List<PageLayout> pages) {
        if (pages == null) {
            throw new InvalidInputException("pages", "geen pagina's");
        }
        for (PageLayout p : pages) {
            if (p == null || p.text() == null) {
                throw new InvalidInputException("pages", "pagina zonder tekst");
            }
        }
        return pages;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
