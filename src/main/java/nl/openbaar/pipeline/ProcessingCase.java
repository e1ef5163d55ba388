package nl.openbaar.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.CollectReport;
import nl.openbaar.document.model.Document;
import nl.openbaar.inventory.JudgingDocument;
import nl.openbaar.inventory.MakingInventory;
import nl.openbaar.inventory.model.Inconsistency;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.Regime;
import nl.openbaar.letter.WritingPublicationFiles;
import nl.openbaar.redaction.BundlingDocuments;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.ProposingRedactions;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.RedactionFailedException;
import nl.openbaar.redaction.StampingPages;
import nl.openbaar.redaction.WritingRedactionLog;
import nl.openbaar.redaction.model.LogEntry;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionArea;
import nl.openbaar.redaction.model.RasterisedPage;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.redaction.model.RemovedText;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DetectionCheck;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Secret;
import nl.openbaar.verification.model.VerificationReport;
import nl.openbaar.work.model.Progress;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline, unattended: collect a folder, detect, accept every proposal detection is sure of, redact, stamp,
 * bundle, verify, and write the publication package. The package is built in a hidden folder beside OUT and only
 * renamed to OUT when the verification gate passed: a failed check leaves no package, not even part of one. Proposals
 * detection only offers for review (policy opinions, weak names) stay proposed and are not applied; decisions a
 * reviewer took earlier on the same case are kept.
 */
@Service
public class ProcessingCase {

    /** Who approves in the unattended mode, as stored and as the public log says it. */
    public static final String UNATTENDED = "automatisch";

    /**
     * @param kenmerk  an existing request to add the documents to; null registers a new request
     * @param regime   "woo" or "wob"; null to take it from the date of receipt
     * @param received date of receipt; null for today
     * @param subject  the bestuurlijke aangelegenheid of a new request, as the decision will name it; null for a neutral
     *                 phrase (never the folder's name, which may name a person)
     */
    public record Options(Path documents, Path out, String regime, LocalDate received, String kenmerk, String subject) {

        public Options(Path documents, Path out, String regime, LocalDate received, String kenmerk) {
            this(documents, out, regime, received, kenmerk, null);
        }
    }

    /**
     * One published document: its inventory number, pages and boxes, and the pages published as images because the gate
     * could not prove their glyph-level redaction clean (with the reasons).
     */
    public record Published(int inventoryNumber, int pages, int firstBundlePage, int boxes, int glyphsRemoved, int imagesBurned,
            List<RasterisedPage> rasterised) {

        public Published {
            rasterised = List.copyOf(rasterised);
        }

        Published rasterised(List<RasterisedPage> pages) {
            return new Published(inventoryNumber, this.pages, firstBundlePage, boxes, glyphsRemoved, imagesBurned, pages);
        }
    }

    /** A redacted document on its way to the gate: what a second chance (rasterising pages) needs. */
    private record Redacted(Path rendition, Path glyphLevel, Path stamped, List<RedactionBox> drawn) {
    }

    /** What a run did; {@code written} only when the gate passed and OUT holds the package. */
    public record Report(String kenmerk, Regime regime, int collected, List<Published> published, List<String> notProcessed,
            List<String> warnings, int reviewOnly, VerificationReport verification, boolean written, Path out,
            Map<Integer, Long> documentIds) {

        public Report {
            documentIds = Map.copyOf(documentIds);
        }

        /** The gate's findings with the document and page each belongs to, for acting on them. */
        public List<GateFinding> findings() {
            return GateFinding.of(verification.leaks(), published, documentIds);
        }

        public int pages() {
            return published.stream().mapToInt(Published::pages).sum();
        }

        public int boxes() {
            return published.stream().mapToInt(Published::boxes).sum();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final RegisteringRequest registering;
    private final FindingRequests requests;
    private final CollectingDocuments collecting;
    private final Documents documents;
    private final ProposingRedactions proposing;
    private final AcceptingUnattended unattended;
    private final FindingRedactions redactions;
    private final Clock clock;
    private final MakingInventory inventory;
    private final JudgingDocument judging;
    private final WritingPublicationFiles publicationFiles;
    private final DetectingPersonalData detection = DetectingPersonalData.standard();
    private final RedactingPdf redacting = new RedactingPdf();
    private final StampingPages stamping = new StampingPages();
    private final BundlingDocuments bundling = new BundlingDocuments();
    private final VerifyingRedaction gate = new VerifyingRedaction();
    private final RedactingWithFallback fallback = new RedactingWithFallback();

    public ProcessingCase(RegisteringRequest registering, FindingRequests requests, CollectingDocuments collecting,
            Documents documents, ProposingRedactions proposing, AcceptingUnattended unattended, FindingRedactions redactions,
            Clock clock, MakingInventory inventory, JudgingDocument judging, WritingPublicationFiles publicationFiles) {
        this.inventory = inventory;
        this.judging = judging;
        this.publicationFiles = publicationFiles;
        this.registering = registering;
        this.requests = requests;
        this.collecting = collecting;
        this.documents = documents;
        this.proposing = proposing;
        this.unattended = unattended;
        this.redactions = redactions;
        this.clock = clock;
    }

    public Report process(Options o, Consumer<Progress> progress) {
        checkPaths(o);
        String kenmerk = o.kenmerk() != null ? requests.get(o.kenmerk()).verzoek().kenmerk() : register(o);
        CollectReport collected = collecting.collect(kenmerk, List.of(o.documents()), null, progress);
        List<String> notProcessed = new ArrayList<>();
        collected.failed().forEach(f -> notProcessed.add(f.path() + ": " + f.reason()));
        collected.skipped().forEach(f -> notProcessed.add(f.path() + ": " + f.reason()));
        return publishCase(kenmerk, o.out(), collected.documents(), notProcessed, progress);
    }

    /**
     * The pipeline from detection on, for a case whose documents were collected and read earlier (the review screen's
     * "build the package", the background task): detect, accept the sure proposals nobody decided on, redact, verify,
     * write. Fails with a clear message while documents are still being read.
     */
    public Report publish(String kenmerk, Path out, Consumer<Progress> progress) {
        String k = requests.get(kenmerk).verzoek().kenmerk();
        checkOut(out, null);
        List<Document> all = documents.forRequest(k);
        long pending = all.stream().filter(d -> d.status() == nl.openbaar.document.model.DocumentStatus.PENDING).count();
        if (pending > 0) {
            throw new InvalidInputException("documents", pending + " document(en) van " + k + " worden nog gelezen; probeer het straks opnieuw");
        }
        List<String> notProcessed = new ArrayList<>();
        all.stream().filter(Document::failed).forEach(d -> notProcessed.add("document " + (d.inventoryNumber() == null ? "(zonder nummer)"
                : d.inventoryNumber()) + ": " + d.errorReason()));
        return publishCase(k, out, all.size(), notProcessed, progress);
    }

    private Report publishCase(String kenmerk, Path out, int collected, List<String> notProcessed, Consumer<Progress> progress) {
        Regime regime = requests.get(kenmerk).verzoek().regime();
        List<Document> toPublish = documents.forRequest(kenmerk).stream()
                .filter(d -> d.included() && !d.failed() && d.inventoryNumber() != null && !d.isDuplicate() && d.pageCount() > 0)
                .sorted(Comparator.comparing(Document::inventoryNumber))
                .toList();

        // detect over the whole case first, so a person seen in one document is known in all
        Map<Long, List<PageLayout>> pages = new LinkedHashMap<>();
        for (Document d : toPublish) {
            pages.put(d.id(), documents.pages(d.id()));
        }
        Stage detecting = new Stage(kenmerk, "detecteren", toPublish.size(), progress);
        DetectionSettings settings = DetectionSettings.of(regime);
        // the requester's own name is known up front: found everywhere, also alone, even where no rule would see it
        requests.get(kenmerk).verzoek().verzoeker().personName().ifPresent(n -> settings.register().addPerson(n, "verzoeker"));
        // each document's own date (sent date, metadata): office holders are judged against it
        Map<Long, java.time.LocalDate> dates = new java.util.HashMap<>();
        toPublish.forEach(d -> dates.put(d.id(), d.date()));
        Map<Long, DetectionResult> found = detection.detectCase(pages, settings, dates::get);
        int reviewOnly = 0;
        for (Document d : toPublish) {
            reviewOnly += accept(d, found.get(d.id()), pages.get(d.id()));
            detecting.done(true);
        }

        Path work = workFolder(out);
        try {
            return publish(out, kenmerk, regime, toPublish, pages, collected, notProcessed, reviewOnly, work, progress);
        } finally {
            if (System.getenv("OPENBAAR_KEEP_WORK") == null) {
                deleteTree(work);
            }
        }
    }

    private Report publish(Path out, String kenmerk, Regime regime, List<Document> toPublish, Map<Long, List<PageLayout>> pages,
            int collected, List<String> notProcessed, int reviewOnly, Path work, Consumer<Progress> progress) {
        Path pkg = work.resolve("pakket");
        Path docsDir = pkg.resolve("documenten");
        Path scratch = work.resolve("werk");
        try {
            Files.createDirectories(docsDir);
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stage redactingStage = new Stage(kenmerk, "weglakken", toPublish.size(), progress);
        List<Published> published = new ArrayList<>();
        List<BundlingDocuments.Part> parts = new ArrayList<>();
        List<LogEntry> log = new ArrayList<>();
        Map<Integer, List<Secret>> secretsPerDoc = new LinkedHashMap<>();
        Map<Integer, List<BoxOnPage>> boxesPerDoc = new LinkedHashMap<>();
        Map<Integer, Redacted> redactedPerDoc = new LinkedHashMap<>();
        int bundlePage = 1;
        for (Document d : toPublish) {
            int number = d.inventoryNumber();
            List<Redaction> accepted = redactions.accepted(d.id());
            List<RedactionBox> boxes = accepted.stream().flatMap(r -> r.boxes().stream()).toList();
            Path redacted = scratch.resolve(number + ".pdf");
            Path stamped = docsDir.resolve(String.format("%04d.pdf", number));
            try {
                Path rendition = documents.rendition(d.id());
                RedactionOutcome outcome = redacting.redact(rendition, boxes, redacted);
                int n = stamping.stamp(redacted, stamped, number, bundlePage);
                Set<Integer> scanned = new TreeSet<>();
                for (PageLayout p : pages.get(d.id())) {
                    if (p.ocr()) {
                        scanned.add(p.number());
                    }
                }
                secretsPerDoc.put(number, secrets(accepted, outcome.removedText(), scanned));
                boxesPerDoc.put(number, outcome.drawn().stream().map(b -> new BoxOnPage(b.page(), b.box())).toList());
                redactedPerDoc.put(number, new Redacted(rendition, redacted, stamped, outcome.drawn()));
                for (Redaction r : accepted) {
                    for (RedactionArea a : r.areas()) {
                        log.add(new LogEntry(number, a.page(), bundlePage + a.page() - 1, a.box(), r.ground(), r.category(),
                                WritingRedactionLog.proposer(r), WritingRedactionLog.approver(r), r.decidedAt()));
                    }
                }
                published.add(new Published(number, n, bundlePage, outcome.boxes(), outcome.glyphsRemoved(), outcome.imagesBurned(), List.of()));
                parts.add(new BundlingDocuments.Part(number, stamped));
                bundlePage += n;
                redactingStage.done(true);
            } catch (RedactionFailedException | InvalidInputException e) {
                // this document cannot be published as it is; the others go on
                notProcessed.add("document " + number + ": " + e.getMessage());
                redactingStage.done(false);
                try {
                    Files.deleteIfExists(stamped);
                } catch (IOException ignored) {
                    // the work folder goes anyway
                }
            }
        }
        Path bundle = pkg.resolve("documentenbundel.pdf");
        Stage checking = new Stage(kenmerk, "controleren", published.size() + (parts.isEmpty() ? 0 : 1), progress);
        DetectionCheck lookout = lookout(kenmerk, regime, toPublish);
        List<DocumentVerdict> verdicts = new ArrayList<>();
        List<Secret> bundleSecrets = new ArrayList<>();
        List<BoxOnPage> bundleBoxes = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            Published p = published.get(i);
            String name = String.format("documenten/%04d.pdf", p.inventoryNumber());
            List<Secret> secrets = secretsPerDoc.get(p.inventoryNumber());
            List<BoxOnPage> onPages = boxesPerDoc.get(p.inventoryNumber());
            Redacted r = redactedPerDoc.get(p.inventoryNumber());
            DocumentVerdict v = gate.check(name, r.stamped(), secrets, onPages, lookout);
            if (!v.passed()) {
                // a page the gate cannot prove clean is published as an image and checked again, rather than the
                // document refused; what is still found after that refuses it
                Path raster = scratch.resolve(p.inventoryNumber() + ".raster.pdf");
                List<RasterisedPage> asImages;
                try {
                    asImages = fallback.rasteriseRefusedPages(r.rendition(), r.glyphLevel(), r.drawn(), v, raster);
                } catch (RedactionFailedException e) {
                    asImages = List.of(); // the refusal stands; the glyph-level file is still the one checked
                }
                if (!asImages.isEmpty()) {
                    stamping.stamp(raster, r.stamped(), p.inventoryNumber(), p.firstBundlePage());
                    v = gate.check(name, r.stamped(), secrets, onPages, lookout);
                    p = p.rasterised(asImages);
                    published.set(i, p);
                }
            }
            verdicts.add(v);
            checking.done(v.passed());
            int offset = p.firstBundlePage() - 1;
            for (Secret s : secretsPerDoc.get(p.inventoryNumber())) {
                bundleSecrets.add(new Secret(s.page() + offset, s.category(), s.text(), s.inImage()));
            }
            for (BoxOnPage b : boxesPerDoc.get(p.inventoryNumber())) {
                bundleBoxes.add(new BoxOnPage(b.page() + offset, b.box()));
            }
        }
        if (!parts.isEmpty()) {
            bundling.bundle(parts, bundle);
            DocumentVerdict v = gate.check("documentenbundel.pdf", bundle, bundleSecrets, bundleBoxes, lookout);
            verdicts.add(v);
            checking.done(v.passed());
        }
        List<String> warnings = new ArrayList<>();
        for (Published p : published) {
            for (RasterisedPage r : p.rasterised()) {
                warnings.add("document " + p.inventoryNumber() + ", pagina " + r.page() + " als afbeelding gepubliceerd (met OCR-tekstlaag): "
                        + String.join("; ", r.reasons()));
            }
        }
        VerificationReport report = new VerificationReport(Instant.now(clock), verdicts);
        if (!report.passed()) {
            return new Report(kenmerk, regime, collected, published, notProcessed, warnings, reviewOnly, report, false, out, ids(toPublish));
        }
        // the decision and the inventory, checked like the documents: a title or remark may not carry a removed name
        List<Secret> everything = secretsPerDoc.values().stream().flatMap(List::stream).map(s -> new Secret(1, s.category(), s.text(), false)).toList();
        verdicts.addAll(decisionAndInventory(kenmerk, toPublish, published, pkg, everything, warnings));
        report = new VerificationReport(Instant.now(clock), verdicts);
        if (!report.passed()) {
            return new Report(kenmerk, regime, collected, published, notProcessed, warnings, reviewOnly, report, false, out, ids(toPublish));
        }
        try {
            new WritingRedactionLog().write(log, pkg.resolve("redactielog.csv"), pkg.resolve("redactielog.json"));
            writeVerification(pkg.resolve("verificatie.json"), report, published, notProcessed.size(), reviewOnly);
            moveIntoPlace(pkg, out);
        } catch (IOException e) {
            throw new UncheckedIOException("het pakket kon niet worden geschreven: " + e.getMessage(), e);
        }
        return new Report(kenmerk, regime, collected, published, notProcessed, warnings, reviewOnly, report, true, out, ids(toPublish));
    }

    /**
     * Writes besluit.pdf and inventaris.xlsx|pdf|csv through the letters capability. Documents nobody judged yet are
     * judged as the redactions say (deels openbaar with boxes, openbaar without); a judgement a person made stands.
     * When the decision cannot be written (the inventory disagrees with the boxes, the case is not complete), the
     * verified documents are still published and the reason is reported.
     */
    private List<DocumentVerdict> decisionAndInventory(String kenmerk, List<Document> docs, List<Published> published, Path pkg,
            List<Secret> secrets, List<String> warnings) {
        Inventaris before = inventory.inventaris(kenmerk);
        Set<Integer> listed = new TreeSet<>();
        before.lines().forEach(l -> listed.add(l.number()));
        Set<Integer> numbers = new TreeSet<>();
        published.forEach(p -> numbers.add(p.inventoryNumber()));
        if (!listed.containsAll(numbers)) {
            warnings.add("besluit en inventaris niet geschreven: de inventaris kent de gepubliceerde documenten nog niet");
            return List.of();
        }
        Set<Integer> unjudged = new TreeSet<>();
        for (Inconsistency i : before.problems()) {
            if (i.kind() == Inconsistency.Kind.UNJUDGED) {
                unjudged.add(i.number());
            }
        }
        for (Document d : docs) {
            if (!unjudged.contains(d.inventoryNumber()) || !numbers.contains(d.inventoryNumber())) {
                continue;
            }
            List<String> grounds = redactions.accepted(d.id()).stream().map(Redaction::ground).distinct().toList();
            judging.judge(kenmerk, new JudgingDocument.Judgement(d.id(), null, grounds.isEmpty() ? "openbaar" : "deels openbaar",
                    grounds, null, List.of(), null, false), UNATTENDED);
        }
        try {
            publicationFiles.write(kenmerk, pkg);
        } catch (RuntimeException e) {
            warnings.add("besluit en inventaris niet geschreven: " + e.getMessage());
            for (String f : WritingPublicationFiles.FILES) {
                try {
                    Files.deleteIfExists(pkg.resolve(f));
                } catch (IOException ignored) {
                    // the work folder goes anyway
                }
            }
            return List.of();
        }
        List<DocumentVerdict> verdicts = new ArrayList<>();
        for (String pdf : List.of("besluit.pdf", "inventaris.pdf")) {
            if (Files.isRegularFile(pkg.resolve(pdf))) {
                verdicts.add(gate.check(pdf, pkg.resolve(pdf), secrets, List.of()));
            }
        }
        Path csv = pkg.resolve("inventaris.csv");
        if (Files.isRegularFile(csv)) {
            try {
                verdicts.add(gate.checkText("inventaris.csv", Files.readString(csv), secrets));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return verdicts;
    }

    /**
     * What the gate's own detection needs: the regime, the requester's name (known up front, as in detection), and
     * what reviewers decided to keep visible (a rejected proposal is no leak).
     */
    private DetectionCheck lookout(String kenmerk, Regime regime, List<Document> docs) {
        List<String> known = new ArrayList<>();
        requests.get(kenmerk).verzoek().verzoeker().personName().ifPresent(known::add);
        Set<String> kept = new java.util.HashSet<>();
        for (Document d : docs) {
            for (Redaction r : redactions.forDocument(d.id())) {
                if (r.status() == RedactionStatus.REJECTED && r.coveredText() != null) {
                    kept.add(r.coveredText());
                }
            }
        }
        return new DetectionCheck(regime, known, kept);
    }

    /** Stores detection's proposals and accepts those it is sure of; returns how many were left for review. */
    private int accept(Document d, DetectionResult result, List<PageLayout> layout) {
        if (result == null) {
            return 0;
        }
        List<Finding> findings = new ArrayList<>();
        List<NewRedaction> proposals = new ArrayList<>();
        for (Finding f : result.findings()) {
            FindingProposal.of(d.id(), f, layout).ifPresent(p -> {
                findings.add(f);
                proposals.add(p);
            });
        }
        List<Redaction> stored = proposing.propose(proposals, "detectie");
        int review = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Redaction r = stored.get(i);
            if (f.handling() == Handling.REDACT && r.status() == RedactionStatus.PROPOSED) {
                unattended.accept(r, d.kenmerk());
            } else if (f.handling() == Handling.REVIEW && r.status() == RedactionStatus.PROPOSED) {
                review++;
            }
        }
        return review;
    }

    /**
     * What the gate searches for: every accepted redaction's text and the text the engine actually removed. Job titles
     * are left out of the file-wide search: "beleidsmedewerker" identifies nobody where it stands alone.
     */
    private static List<Secret> secrets(List<Redaction> accepted, List<RemovedText> removed, Set<Integer> scanned) {
        List<Secret> out = new ArrayList<>();
        for (Redaction r : accepted) {
            if (r.coveredText() == null || r.coveredText().isBlank() || Category.JOB_TITLE.labelNl().equals(r.category())) {
                continue;
            }
            int page = r.areas().isEmpty() ? 1 : r.areas().get(0).page();
            out.add(new Secret(page, r.category(), r.coveredText(), scanned.contains(page)));
        }
        for (RemovedText t : removed) {
            if (!Category.JOB_TITLE.labelNl().equals(t.category())) {
                out.add(new Secret(t.page(), t.category(), t.text(), false));
            }
        }
        return out;
    }

    private String register(Options o) {
        LocalDate received = o.received() != null ? o.received() : LocalDate.now(clock);
        String subject = o.subject() == null || o.subject().isBlank() ? "de gevraagde documenten" : o.subject().strip();
        return registering.register(new NewRequest(null, o.regime(), new Verzoeker("Onbekende verzoeker (openbaar process)", null, null, null),
                null, received, "post", subject, List.of(), null, null, null, null), UNATTENDED).verzoek().kenmerk();
    }

    private static void checkPaths(Options o) {
        if (o.documents() == null || !Files.isDirectory(o.documents())) {
            throw new InvalidInputException("documents", "map met documenten niet gevonden: " + o.documents());
        }
        checkOut(o.out(), o.documents());
    }

    private static void checkOut(Path given, Path documents) {
        if (given == null) {
            throw new InvalidInputException("out", "geef een map voor het publicatiepakket");
        }
        Path out = given.toAbsolutePath().normalize();
        if (documents != null && out.startsWith(documents.toAbsolutePath().normalize())) {
            throw new InvalidInputException("out", "het pakket mag niet in de map met documenten staan");
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new InvalidInputException("out", out + " bestaat al en is geen map");
            }
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new InvalidInputException("out", out + " bestaat al en is niet leeg; kies een nieuwe map");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Beside OUT, on the same file system, so the finished package can be renamed into place in one step. */
    private static Path workFolder(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            return Files.createDirectory(abs.getParent().resolve("." + abs.getFileName() + ".bezig-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("geen werkmap naast " + abs + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path pkg, Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            Files.delete(abs); // checked empty at the start
        }
        Files.move(pkg, abs, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<Integer, Long> ids(List<Document> docs) {
        Map<Integer, Long> m = new java.util.HashMap<>();
        docs.forEach(d -> m.put(d.inventoryNumber(), d.id()));
        return m;
    }

    private static void writeVerification(Path file, VerificationReport report, List<Published> published, int notProcessed,
            int reviewOnly) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", report.passed());
        m.put("gecontroleerdOp", report.checkedAt().toString());
        m.put("documenten", published.size());
        m.put("paginas", published.stream().mapToInt(Published::pages).sum());
        m.put("weglakkingen", published.stream().mapToInt(Published::boxes).sum());
        m.put("nietVerwerkt", notProcessed);
        m.put("nietBeoordeeldeVoorstellen", reviewOnly);
        List<Map<String, Object>> rasterised = new ArrayList<>();
        for (Published p : published) {
            for (RasterisedPage r : p.rasterised()) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("document", p.inventoryNumber());
                page.put("pagina", r.page());
                page.put("redenen", r.reasons());
                rasterised.add(page);
            }
        }
        m.put("alsAfbeelding", rasterised);
        List<Map<String, Object>> files = new ArrayList<>();
        for (DocumentVerdict v : report.documents()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("bestand", v.document());
            f.put("paginas", v.pages());
            f.put("gezochteGegevens", v.secrets());
            f.put("controles", v.checks());
            f.put("geslaagd", v.passed());
            f.put("bevindingen", v.leaks().stream().map(l -> l.describe()).toList());
            files.add(f);
        }
        m.put("bestanden", files);
        Files.write(file, JSON.writeValueAsBytes(m));
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a hidden work folder left behind holds nothing that was not checked; the next run uses a new one
        }
    }

    /** Progress of one stage, reported in the shape the CLI's progress bar and the web app already know. */
    private final class Stage {
        private final String kenmerk;
        private final String kind;
        private final int total;
        private final Consumer<Progress> sink;
        private final Instant started = Instant.now(clock);
        private int done;
        private int failed;

        Stage(String kenmerk, String kind, int total, Consumer<Progress> sink) {
            this.kenmerk = kenmerk;
            this.kind = kind;
            this.total = total;
            this.sink = sink;
            report();
        }

        void done(boolean ok) {
            if (ok) {
                done++;
            } else {
                failed++;
            }
            report();
        }

        private void report() {
            Instant now = Instant.now(clock);
            sink.accept(new Progress(kenmerk, kind, total, done, failed, started, now, done + failed >= total ? now : null));
        }
    }
}
