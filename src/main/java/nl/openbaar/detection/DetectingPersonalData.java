package nl.openbaar.detection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.detection.internal.DetectionEngine;
import nl.openbaar.detection.internal.KnownNames;
import nl.openbaar.detection.internal.Lexicon;
import nl.openbaar.detection.internal.NameTagger;
import nl.openbaar.detection.internal.PageScan;
import nl.openbaar.detection.internal.PublicOffices;
import nl.openbaar.detection.internal.Span;
import nl.openbaar.detection.internal.WordIndex;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.detection.model.PublicMention;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.PageLayout;

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
 * for (Finding f : r.toRedact()) { … f.page(), f.boxes(), f.ground(), f.category() … }
 * }</pre>
 *
 * Recognizers: names (lists, titles, initials, interfixes, e-mail headers, signatures, the case register),
 * e-mail local parts and group mailboxes, phone numbers (libphonenumber), BSN (elfproef), IBAN (mod 97),
 * postcodes and street addresses, dates of birth (with context), licence plates, job titles attached to a
 * name, and personal policy opinions (review only). Public office holders stay visible.
 */
public final class DetectingPersonalData {

    /** Pages longer than this are cut: detection stays linear, and such a "page" is not a page. */
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

    /** Detects in one document's pages. Names learned here join the settings' register. */
    public DetectionResult detect(List<PageLayout> pages, DetectionSettings settings) {
        List<String> texts = texts(pages);
        CaseRegister register = settings.register() == null ? new CaseRegister() : settings.register();
        KnownNames known = register.names();
        List<PageScan> scans = engine(settings.offices()).scan(texts, known, learned -> {
            register.addAll(learned.people());
            learned.organisationAddresses().forEach(register::addOrganisationAddress);
            return register.names();
        });
        List<Finding> findings = new ArrayList<>();
        List<PublicMention> mentions = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PageLayout page = pages.get(p);
            PageScan scan = scans.get(p);
            WordIndex index = scan.spans.isEmpty() ? null : new WordIndex(page);
            for (Span s : scan.spans) {
                Handling handling;
                if (s.reviewOnly()) {
                    handling = Handling.REVIEW;
                } else if (s.score() >= settings.threshold()) {
                    handling = Handling.REDACT;
                } else if (s.score() >= settings.reviewThreshold()) {
                    handling = Handling.REVIEW;
                } else {
                    continue;
                }
                findings.add(new Finding(page.number(), s.start(), s.end(), scan.text.substring(s.start(), s.end()),
                        index.boxes(s.start(), s.end()), s.category(), round(s.score()), s.recognizer(),
                        settings.grounds().ground(s.category(), settings.regime()), handling, s.subject(), s.explanation()));
            }
            for (Span m : scan.publicMentions) {
                mentions.add(new PublicMention(page.number(), m.start(), m.end(), scan.text.substring(m.start(), m.end()),
                        m.explanation()));
            }
        }
        return new DetectionResult(findings, mentions);
    }

    /**
     * Learns the people of a whole case before detecting in its documents one by one, so that a name first
     * seen in the last e-mail is also found in the first. Cheaper than detection: names and addresses only.
     */
    public void learn(List<PageLayout> pages, DetectionSettings settings) {
        if (settings.register() == null) {
            return;
        }
        DetectionEngine.Learned learned = engine(settings.offices()).learn(texts(pages), settings.register().names());
        settings.register().addAll(learned.people());
        learned.organisationAddresses().forEach(settings.register()::addOrganisationAddress);
    }

    /** Both steps over a whole case: learn from all documents, then detect in each (keyed as given). */
    public <K> Map<K, DetectionResult> detectCase(Map<K, List<PageLayout>> documents, DetectionSettings settings) {
        for (List<PageLayout> pages : documents.values()) {
            learn(pages, settings);
        }
        Map<K, DetectionResult> out = new LinkedHashMap<>();
        documents.forEach((k, pages) -> out.put(k, detect(pages, settings)));
        return out;
    }

    private synchronized DetectionEngine engine(PublicOfficeHolders offices) {
        return engines.computeIfAbsent(offices, o -> new DetectionEngine(lexicon, new PublicOffices(o.holders()), tagger));
    }

    private static List<String> texts(List<PageLayout> pages) {
        if (pages == null) {
            throw new InvalidInputException("pages", "geen pagina's");
        }
        List<String> texts = new ArrayList<>(pages.size());
        for (PageLayout p : pages) {
            if (p == null || p.text() == null) {
                throw new InvalidInputException("pages", "pagina zonder tekst");
            }
            String text = p.text();
            texts.add(text.length() > MAX_PAGE_CHARS ? text.substring(0, MAX_PAGE_CHARS) : text);
        }
        return texts;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
