package nl.openbaar.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.internal.PdfPages;
import nl.openbaar.publication.internal.PublicationFiles;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.CaseDates;
import nl.openbaar.publication.model.PublicationSource;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a publication from a verified publication package: checks the package, checks every file once more
 * for the requester's own data, copies the files into the publication store and puts the publication in the
 * publishers' queue. Nothing becomes public here; that takes a publisher who did not prepare it.
 */
@Service
public class PreparingPublication {

    /** What the case team adds to a package. */
    public record Options(String summary, String decisionKind) {
    }

    public static final List<String> DECISION_KINDS = List.of("openbaarmaking", "gedeeltelijke openbaarmaking",
            "geen openbaarmaking", "geen documenten aangetroffen", "reeds openbaar");

    private final FindingRequests requests;
    private final JdbcPublications publications;
    private final PublicationFiles files;
    private final PublicationSettings settings;
    private final ReadingCaseDates dates;
    private final Clock clock;

    public PreparingPublication(FindingRequests requests, JdbcPublications publications, PublicationFiles files,
            PublicationSettings settings, ReadingCaseDates dates, Clock clock) {
        this.requests = requests;
        this.dates = dates;
        this.publications = publications;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Publicatie prepare(String kenmerk, Path packageDir, Options options, String user) {
        VerzoekView v = requests.get(kenmerk);
        boolean pending = publications.forRequest(kenmerk).stream()
                .anyMatch(p -> p.status() == PublicationStatus.AWAITING_APPROVAL || p.status() == PublicationStatus.APPROVED);
        if (pending) {
            throw new InvalidInputException("package", "er wacht al een publicatie van " + kenmerk + " op goedkeuring");
        }
        PublicationPackage pkg = PublicationPackage.read(packageDir);
        PersonalDataCheck check = new PersonalDataCheck(v.verzoek().verzoeker());
        List<String> report = new ArrayList<>();

        record Planned(Path path, FileKind kind, String number, String title, String judgement, String grounds, LocalDate date,
                int pages, String type) {
        }
        CaseDates caseDates = dates.ofCase(kenmerk);
        List<Planned> planned = new ArrayList<>();
        planned.add(new Planned(pkg.decision(), FileKind.DECISION, null, "Besluit", null, null, caseDates.decided(),
                checkPdf(pkg.decision(), "besluit.pdf", check, report), "besluit"));
        for (Path inv : pkg.inventory()) {
            String name = inv.getFileName().toString();
            int pages = name.endsWith(".pdf") ? checkPdf(inv, name, check, report) : checkText(inv, name, check, report);
            planned.add(new Planned(inv, FileKind.INVENTORY, null, "Inventarislijst (" + name.substring(name.lastIndexOf('.') + 1) + ")",
                    null, null, null, pages, "inventaris"));
        }
        for (Path doc : pkg.documents()) {
            String name = doc.getFileName().toString();
            String number = PublicationPackage.normaliseNumber(name.substring(0, name.length() - 4));
            PublicationPackage.InventoryRow row = pkg.rows().get(number);
            String title = row != null && row.title() != null ? row.title() : "Document " + name.substring(0, name.length() - 4);
            check(check, title, "de titel van documenten/" + name);
            planned.add(new Planned(doc, FileKind.DOCUMENT, name.substring(0, name.length() - 4), title,
                    row == null ? null : row.judgement(), row == null ? null : row.grounds(), row == null ? null : parseDate(row.date()),
                    checkPdf(doc, "documenten/" + name, check, report),
                    InformatieCategorieen.fromFileType(row == null ? null : row.fileType())));
        }
        if (pkg.bundle() != null) {
            planned.add(new Planned(pkg.bundle(), FileKind.BUNDLE, null, "Documentenbundel", null, null, null,
                    checkPdf(pkg.bundle(), "documentenbundel.pdf", check, report), "document"));
        }

        String kind = options.decisionKind() == null || options.decisionKind().isBlank() ? deriveKind(pkg) : options.decisionKind().strip();
        if (!DECISION_KINDS.contains(kind)) {
            throw new InvalidInputException("decisionKind", "kies uit " + DECISION_KINDS);
        }
        String title = "Besluit op " + v.verzoek().regime().shortName() + "-verzoek over " + v.verzoek().bestuurlijkeAangelegenheid();
        check(check, title, "de titel");
        String summary = options.summary() == null || options.summary().isBlank() ? null : options.summary().strip();
        if (summary != null) {
            check(check, summary, "de samenvatting");
        }
        // The publisher is the organisation, never the department that handled the request: one name on every page.
        String organisation = settings.organisation();
        Publicatie p = new Publicatie(0, PublicIds.next(), kenmerk, title, summary, organisation, v.verzoek().regime().code(),
                caseDates.decided(), kind, InformatieCategorieen.wooVerzoeken(), PublicationStatus.AWAITING_APPROVAL, user,
                clock.instant(), null, null, null, null, PublicationSource.CASE, caseDates.received(), caseDates.sent());
        long id = publications.insert(p, String.join("\n", report));
        int position = 1;
        for (Planned f : planned) {
            String sha = files.store(f.path());
            long size;
            try {
                size = Files.size(f.path());
            } catch (IOException e) {
                throw new InvalidInputException("package", f.path().getFileName() + " is onleesbaar");
            }
            String fileName = f.kind() == FileKind.DOCUMENT ? f.number() + ".pdf" : f.path().getFileName().toString();
            publications.insertFile(new PublishedFile(0, PublicIds.next(), id, f.kind(), f.number(), f.title(), f.judgement(),
                    f.grounds(), f.date(), mediaType(fileName), fileName, sha, size, f.pages(), false, null, null, null, null, position++,
                    f.type(), null));
        }
        return publications.byId(id).orElseThrow();
    }

    private static int checkPdf(Path pdf, String name, PersonalDataCheck check, List<String> report) {
        PdfPages.Read read;
        try {
            read = PdfPages.read(pdf);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("package", name + " is geen leesbare PDF (" + e.getMessage() + ")");
        }
        for (int i = 0; i < read.pages().size(); i++) {
            check(check, read.pages().get(i), name + " pagina " + (i + 1));
        }
        for (String m : read.metadata()) {
            check(check, m, "de metadata van " + name);
        }
        report.add(name + ": " + read.pages().size() + " pagina's gecontroleerd op gegevens van de verzoeker");
        return read.pages().size();
    }

    private static int checkText(Path file, String name, PersonalDataCheck check, List<String> report) {
        if (name.endsWith(".csv")) {
            try {
                check(check, Files.readString(file), name);
            } catch (IOException e) {
                throw new InvalidInputException("package", name + " is onleesbaar");
            }
            report.add(name + ": gecontroleerd op gegevens van de verzoeker");
        }
        return 0;
    }

    private static void check(PersonalDataCheck check, String text, String where) {
        if (!check.found(text).isEmpty()) {
            throw new InvalidInputException("package", where + " bevat gegevens van de verzoeker; gebruik de geanonimiseerde versie");
        }
    }

    private static String deriveKind(PublicationPackage pkg) {
        if (pkg.documents().isEmpty() && pkg.rows().isEmpty()) {
            return "geen documenten aangetroffen";
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        pkg.rows().values().forEach(r -> counts.merge(r.judgement() == null ? "" : r.judgement().toLowerCase(Locale.ROOT), 1, Integer::sum));
        if (counts.isEmpty() || (counts.size() == 1 && counts.containsKey("openbaar"))) {
            return "openbaarmaking";
        }
        if (counts.size() == 1 && counts.containsKey("niet openbaar")) {
            return "geen openbaarmaking";
        }
        return "gedeeltelijke openbaarmaking";
    }

    private static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (RuntimeException e) {
            try {
                return LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    static String mediaType(String fileName) {
        if (fileName.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (fileName.endsWith(".csv")) {
            return "text/csv";
        }
        if (fileName.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return "application/octet-stream";
    }
}
