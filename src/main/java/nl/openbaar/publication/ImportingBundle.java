package nl.openbaar.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.openbaar.law.Regime;
import nl.openbaar.publication.internal.BundleSplitter;
import nl.openbaar.publication.internal.DecisionReader;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.internal.PdfPages;
import nl.openbaar.publication.internal.PublicationFiles;
import nl.openbaar.publication.model.BundlePart;
import nl.openbaar.publication.model.BundleSplit;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.ImportMetadata;
import nl.openbaar.publication.model.PublicationSource;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.DetectionCheck;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Leak;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a bundle the organisation published before (decision, inventory and documents in one PDF): splits it
 * ({@link BundleSplitter}), reads the decision's metadata ({@link DecisionReader}), lets a person's values override
 * what was read, and puts the parts up for a publisher's approval like any other publication (four eyes: whoever
 * imports does not approve). The organisation redacted the documents itself, so every part goes through the leak
 * gate with its own detection first: a document the gate refuses is held back (never stored as a public file), and
 * a refused decision or inventory refuses the whole import.
 */
@Service
public class ImportingBundle {

    /** A part the gate refused, with what it found (page, place and kind; never the text). */
    public record Refused(BundlePart part, List<String> findings) {
    }

    public record Imported(Publicatie publication, BundleSplit split, List<Refused> refused) {
    }

    static final long MAX_BYTES = PublicationPackage.MAX_FILE_BYTES;

    private final JdbcPublications publications;
    private final PublicationFiles files;
    private final PublicationSettings settings;
    private final Clock clock;
    private final VerifyingRedaction gate = new VerifyingRedaction();

    public ImportingBundle(JdbcPublications publications, PublicationFiles files, PublicationSettings settings, Clock clock) {
        this.publications = publications;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    /** The bundle split, with what its decision says: what a person checks (and corrects) before importing. */
    public BundleSplit split(Path bundle) {
        try (PDDocument doc = open(bundle)) {
            List<String> pages = PdfPages.visibleText(bundle);
            BundleSplitter.Result r = BundleSplitter.split(pages, outline(doc));
            List<String> decisionPages = r.parts().stream().filter(p -> p.kind() == FileKind.DECISION).findFirst()
                    .map(p -> pages.subList(p.firstPage() - 1, p.lastPage())).orElse(List.of());
            ImportMetadata read = DecisionReader.read(decisionPages);
            String kindFromInventory = kindFrom(r.inventory().values().stream().map(BundleSplitter.Row::judgement).toList());
            if (kindFromInventory != null) {
                read = new ImportMetadata(read.subject(), read.organisation(), read.kenmerk(), read.decisionDate(), read.receivedDate(),
                        read.regime(), kindFromInventory, read.summary());
            }
            List<String> warnings = new ArrayList<>(r.warnings());
            if (r.parts().stream().noneMatch(p -> p.kind() == FileKind.DECISION)) {
                warnings.add("geen besluit gevonden op de eerste pagina's");
            }
            if (r.parts().stream().noneMatch(p -> p.kind() == FileKind.INVENTORY)) {
                warnings.add("geen inventaris gevonden (een pagina met de kop 'Inventaris' en regels per document)");
            }
            return new BundleSplit(pages.size(), r.parts(), read, warnings);
        } catch (IOException e) {
            throw new InvalidInputException("bundle", bundle.getFileName() + " is geen leesbare PDF");
        }
    }

    @Transactional
    public Imported importBundle(Path bundle, ImportMetadata typed, String user) {
        BundleSplit split = split(bundle);
        ImportMetadata m = (typed == null ? ImportMetadata.NONE : typed).over(split.metadata());
        Regime regime = Regime.parse(m.regime() == null ? "woo" : m.regime(), "regime");
        if (m.subject() == null || m.subject().isBlank()) {
            throw new InvalidInputException("subject", "het onderwerp staat niet in het besluit: geef het op");
        }
        if (m.decisionDate() == null) {
            throw new InvalidInputException("decisionDate", "de datum van het besluit staat niet in de brief: geef hem op");
        }
        String kind = m.decisionKind() == null ? "gedeeltelijke openbaarmaking" : m.decisionKind().strip();
        if (!PreparingPublication.DECISION_KINDS.contains(kind)) {
            throw new InvalidInputException("decisionKind", "kies uit " + PreparingPublication.DECISION_KINDS);
        }
        if (split.parts().stream().noneMatch(p -> p.kind() == FileKind.DECISION)) {
            throw new InvalidInputException("bundle", "de bundel heeft geen besluit");
        }
        if (m.kenmerk() != null && publications.forRequest(m.kenmerk()).stream().anyMatch(p -> p.source() == PublicationSource.IMPORT
                && p.status() != PublicationStatus.REJECTED && p.status() != PublicationStatus.WITHDRAWN)) {
            throw new InvalidInputException("kenmerk", "een bundel met kenmerk " + m.kenmerk() + " is al geïmporteerd");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("openbaar-import-");
            Map<BundlePart, Path> written = write(bundle, split.parts(), work);
            DetectionCheck lookout = new DetectionCheck(regime, List.of(), Set.of());
            List<Refused> refused = new ArrayList<>();
            List<String> report = new ArrayList<>();
            report.add("geïmporteerd uit " + bundle.getFileName() + " (" + split.pages() + " pagina's), gesplitst in "
                    + split.parts().size() + " delen");
            Map<BundlePart, Path> passed = new LinkedHashMap<>();
            for (var e : written.entrySet()) {
                BundlePart part = e.getKey();
                DocumentVerdict v = gate.check(e.getValue().getFileName().toString(), e.getValue(), List.of(), List.of(), lookout);
                if (v.passed()) {
                    passed.put(part, e.getValue());
                    report.add(e.getValue().getFileName() + " (pagina " + range(part) + "): door de controle (" + String.join(", ", v.checks()) + ")");
                } else {
                    List<String> findings = v.leaks().stream().map(Leak::describe).toList();
                    if (part.kind() != FileKind.DOCUMENT) {
                        throw new InvalidInputException("bundle", "de controle weigert " + e.getValue().getFileName() + " (pagina "
                                + range(part) + " van de bundel): " + String.join("; ", findings));
                    }
                    refused.add(new Refused(part, findings));
                    report.add(e.getValue().getFileName() + " (pagina " + range(part) + "): GEWEIGERD door de controle, niet opgenomen: "
                            + String.join("; ", findings));
                }
            }
            split.warnings().forEach(w -> report.add("let op: " + w));
            String organisation = m.organisation() == null || m.organisation().isBlank() ? settings.organisation() : m.organisation();
            String title = "Besluit op " + regime.shortName() + "-verzoek over " + m.subject();
            Publicatie p = new Publicatie(0, PublicIds.next(), m.kenmerk(), title, m.summary(), organisation, regime.code(),
                    m.decisionDate(), kind, InformatieCategorieen.wooVerzoeken(), PublicationStatus.AWAITING_APPROVAL, user, clock.instant(),
                    null, null, null, null, PublicationSource.IMPORT, m.receivedDate(), null);
            long id = publications.insert(p, String.join("\n", report));
            int position = 1;
            for (var e : passed.entrySet()) {
                BundlePart part = e.getKey();
                Path f = e.getValue();
                String sha = files.store(f);
                String type = part.kind() == FileKind.DECISION ? "besluit" : part.kind() == FileKind.INVENTORY ? "inventaris"
                        : looksLikeMail(part) ? "email" : "document";
                publications.insertFile(new PublishedFile(0, PublicIds.next(), id, part.kind(),
                        part.kind() == FileKind.DOCUMENT ? f.getFileName().toString().replace(".pdf", "") : null, part.title(),
                        part.judgement(), part.grounds(), part.kind() == FileKind.DECISION ? m.decisionDate() : part.date(),
                        "application/pdf", f.getFileName().toString(), sha, Files.size(f), part.pages(), false, null, null, null, null,
                        position++, type, range(part)));
            }
            return new Imported(publications.byId(id).orElseThrow(), split, refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    private static boolean looksLikeMail(BundlePart part) {
        String t = part.title() == null ? "" : part.title().toLowerCase(Locale.ROOT);
        return "e-mailkop".equals(part.found()) || t.matches("^(re|fw|fwd|antw|doorst)\\s*:.*") || t.matches("^(e-?mail|mail)(wisseling|bericht)?\\b.*");
    }

    static String range(BundlePart p) {
        return p.firstPage() == p.lastPage() ? String.valueOf(p.firstPage()) : p.firstPage() + "-" + p.lastPage();
    }

    /** Each part as its own PDF: besluit.pdf, inventaris.pdf, documenten by number (0001.pdf). Link annotations are dropped. */
    private static Map<BundlePart, Path> write(Path bundle, List<BundlePart> parts, Path dir) throws IOException {
        Map<BundlePart, Path> out = new LinkedHashMap<>();
        try (PDDocument src = open(bundle)) {
            List<String> used = new ArrayList<>();
            for (BundlePart part : parts) {
                String name = switch (part.kind()) {
                    case DECISION -> "besluit.pdf";
                    case INVENTORY -> "inventaris.pdf";
                    default -> String.format("%04d.pdf", parseOr(part.number(), 0));
                };
                while (used.contains(name)) {
                    name = name.replace(".pdf", "-" + part.firstPage() + ".pdf");
                }
                used.add(name);
                Path target = dir.resolve(name);
                try (PDDocument doc = new PDDocument()) {
                    for (int i = part.firstPage(); i <= part.lastPage(); i++) {
                        PDPage page = doc.importPage(src.getPage(i - 1));
                        List<PDAnnotation> kept = new ArrayList<>();
                        for (PDAnnotation a : page.getAnnotations()) {
                            if (!(a instanceof PDAnnotationLink)) {
                                kept.add(a);
                            }
                        }
                        if (kept.isEmpty()) {
                            page.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.ANNOTS);
                        } else {
                            page.setAnnotations(kept);
                        }
                    }
                    doc.save(target.toFile());
                }
                out.put(part, target);
            }
        }
        return out;
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static PDDocument open(Path bundle) throws IOException {
        if (bundle == null || !Files.isRegularFile(bundle)) {
            throw new InvalidInputException("bundle", "bestand " + bundle + " bestaat niet");
        }
        if (Files.size(bundle) > MAX_BYTES) {
            throw new InvalidInputException("bundle", bundle.getFileName() + " is groter dan 512 MB");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bundle.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("bundle", bundle.getFileName() + " is geen leesbare PDF");
        }
        if (doc.isEncrypted()) {
            doc.close();
            throw new InvalidInputException("bundle", bundle.getFileName() + " is versleuteld");
        }
        return doc;
    }

    private static List<BundleSplitter.Bookmark> outline(PDDocument doc) throws IOException {
        List<BundleSplitter.Bookmark> out = new ArrayList<>();
        PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return out;
        }
        for (PDOutlineItem item : outline.children()) {
            PDPage page = item.findDestinationPage(doc);
            if (page != null) {
                out.add(new BundleSplitter.Bookmark(item.getTitle(), doc.getPages().indexOf(page) + 1));
            }
        }
        return out;
    }

    /** What was decided, from the inventory's judgements (as for a package of a case). */
    static String kindFrom(List<String> judgements) {
        if (judgements.isEmpty()) {
            return null;
        }
        Set<String> kinds = new java.util.HashSet<>(judgements);
        kinds.remove("reeds openbaar");
        if (kinds.isEmpty()) {
            return "reeds openbaar";
        }
        if (kinds.equals(Set.of("openbaar"))) {
            return "openbaarmaking";
        }
        if (kinds.equals(Set.of("niet openbaar"))) {
            return "geen openbaarmaking";
        }
        return "gedeeltelijke openbaarmaking";
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
