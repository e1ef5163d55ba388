package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/**
 * Runs the recognizers over a document's pages in two passes: the first finds everything and learns the
 * people named with confidence (headers, signatures, addresses, full names); the second runs the name
 * recognizers again with those people known, so "Daan" in "Hoi Daan," is found because "Daan Smit" signed
 * the mail further down. Tokens are cut once per page.
 */
public final class DetectionEngine {

    private final Lexicon lexicon;
    private final PublicOffices offices;
    private final List<Recognizer> patterns = List.of(new EmailRecognizer(), new PhoneRecognizer(), new BsnRecognizer(),
            new IbanRecognizer(), new AddressRecognizer(), new BirthDateRecognizer(), new LicencePlateRecognizer(),
            new PolicyOpinionRecognizer());
    private final NameRecognizer names = new NameRecognizer();
    /** What is public (organisations, headings, timestamps) is marked before names are looked for … */
    private final List<Recognizer> publicParts = List.of(new OrganisationRecognizer(OrganisationWords.standard()),
            new HeadingAndTimeRecognizer(OrganisationWords.standard()));
    /** … and an organisation's own contact data after, since a signature block with a person's name is no letterhead. */
    private final Recognizer organisationContact = new OrganisationContactRecognizer(OrganisationWords.standard());
    private final JobTitleRecognizer jobTitles = new JobTitleRecognizer();
    /** Tables read by their columns' headers. */
    private final TableColumns columns = new TableColumns(ColumnHeaders.standard());
    /** The statistical name tagger's voice; null when detection runs on the rules alone. */
    private final Recognizer tagged;

    public DetectionEngine(Lexicon lexicon, PublicOffices offices, NameTagger tagger) {
        this.lexicon = lexicon;
        this.offices = offices;
        this.tagged = tagger == null ? null : new TaggedNameRecognizer(tagger);
    }

    /** Names by the rules, then the tagger's names no rule found. */
    private void recognizeNames(PageScan scan) {
        columns.recognizeNames(scan);
        names.recognize(scan);
        if (tagged != null) {
            tagged.recognize(scan);
        }
        NameSpanTidying.shape(scan);
        NamesAfterPersonCues.find(scan);
        NamesMentionedAgain.find(scan);
        NameSpanTidying.places(scan);
    }

    /** Drops what lies under public spans, then decides the office holders' names (see {@link PublicOffices}). */
    private void keepPublic(PageScan scan) {
        OverlapResolver.suppressPublic(scan);
        offices.apply(scan);
    }

    /** What a document teaches about its case: people named with confidence, organisations' addresses. */
    public record Learned(List<KnownPerson> people, List<String> organisationAddresses) {
    }

    /** First pass only: what the pages teach about the case. */
    public Learned learn(List<ScanText> pageTexts, KnownNames known) {
        return learn(pageTexts, known, null);
    }

    /** First pass only, with the document's date (null: read from its text). */
    public Learned learn(List<ScanText> pageTexts, KnownNames known, java.time.LocalDate documentDate) {
        List<KnownPerson> learned = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        java.time.LocalDate date = DocumentDate.infer(pageTexts.stream().map(ScanText::text).toList(), documentDate);
        for (ScanText text : pageTexts) {
            PageScan scan = new PageScan(text, lexicon, known, offices);
            scan.documentDate = date;
            new EmailRecognizer().recognize(scan);
            new AddressRecognizer().recognize(scan);
            for (Recognizer r : publicParts) {
                r.recognize(scan);
            }
            columns.markPublic(scan);
            recognizeNames(scan);
            organisationContact.recognize(scan);
            keepPublic(scan);
            learned.addAll(confident(scan));
            addresses.addAll(scan.learnedOrganisationAddresses);
        }
        return new Learned(learned, addresses);
    }

    /**
     * Both passes over one document.
     *
     * @param register called with the people learned in the first pass; returns the names to use in the second
     */
    public List<PageScan> scan(List<ScanText> pageTexts, KnownNames known, java.util.function.Function<Learned, KnownNames> register) {
        return scan(pageTexts, known, register, null);
    }

    /** Both passes, with the document's date (null: read from its text). */
    public List<PageScan> scan(List<ScanText> pageTexts, KnownNames known, java.util.function.Function<Learned, KnownNames> register,
            java.time.LocalDate documentDate) {
        List<PageScan> scans = new ArrayList<>(pageTexts.size());
        List<KnownPerson> learned = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        java.time.LocalDate date = DocumentDate.infer(pageTexts.stream().map(ScanText::text).toList(), documentDate);
        for (ScanText text : pageTexts) {
            PageScan scan = new PageScan(text, lexicon, known, offices);
            scan.documentDate = date;
            for (Recognizer r : patterns) {
                r.recognize(scan);
            }
            columns.recognizeValues(scan);
            for (Recognizer r : publicParts) {
                r.recognize(scan);
            }
            columns.markPublic(scan);
            recognizeNames(scan);
            organisationContact.recognize(scan);
            keepPublic(scan);
            learned.addAll(confident(scan));
            addresses.addAll(scan.learnedOrganisationAddresses);
            scans.add(scan);
        }
        KnownNames second = register.apply(new Learned(learned, addresses));
        for (PageScan scan : scans) {
            if (second != known) {
                scan.known = second;
                if (scan.knowsMoreThan(known)) {
                    scan.spans.removeIf(s -> s.category() == Category.PERSON_NAME);
                    scan.publicMentions.clear();
                    recognizeNames(scan);
                    keepPublic(scan);
                }
            }
            jobTitles.recognize(scan);
            OverlapResolver.suppressPublic(scan);
            TableColumns.dropCrossing(scan);
            columns.confirm(scan);
            List<Span> resolved = OverlapResolver.resolve(scan.spans);
            scan.spans.clear();
            scan.spans.addAll(resolved);
        }
        return scans;
    }

    /** People to remember: only those whose name span survived the public-office filter. */
    private static List<KnownPerson> confident(PageScan scan) {
        if (scan.learned.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> publicSubjects = new java.util.HashSet<>();
        for (Span m : scan.publicMentions) {
            if (m.subject() != null) {
                publicSubjects.add(m.subject());
            }
        }
        List<KnownPerson> out = new ArrayList<>();
        for (KnownPerson p : scan.learned) {
            if (p.surname() != null && p.surname().length() >= 2
                    && (publicSubjects.isEmpty() || !publicSubjects.contains("person:" + p.key()))) {
                out.add(p);
            }
        }
        return out;
    }
}
