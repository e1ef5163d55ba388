package nl.openbaar.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import nl.openbaar.audit.Auditing;
import nl.openbaar.letter.WritingPublicationFiles;
import nl.openbaar.pipeline.ProcessingCase;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * From review to the publishers' queue without leaving the browser: "find personal data" stores proposals for
 * review; "build the publication package" runs the pipeline on the case as reviewed (accepted boxes removed,
 * every file through the verification gate), adds the anonymised decision and the inventory, and prepares the
 * publication for a publisher's approval.
 */
@Controller
class PackagePages {

    private final ProposingForReview proposing;
    private final ProcessingCase processing;
    private final WritingPublicationFiles publicationFiles;
    private final PublicationPages publications;
    private final FindingRequests requests;
    private final Permissions perm;
    private final Audited audited;

    PackagePages(ProposingForReview proposing, ProcessingCase processing, WritingPublicationFiles publicationFiles,
            PublicationPages publications, FindingRequests requests, Permissions perm, Audited audited) {
        this.proposing = proposing;
        this.processing = processing;
        this.publicationFiles = publicationFiles;
        this.publications = publications;
        this.requests = requests;
        this.perm = perm;
        this.audited = audited;
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/detectie")
    String detect(@PathVariable String kenmerk, Authentication user, RedirectAttributes flash) {
        requests.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        var outcome = audited.run(user.getName(), "redactions.proposed", Auditing.Subject.request(kenmerk), null,
                () -> proposing.propose(kenmerk), o -> Map.of("proposals", o.proposals(), "documents", o.documents()));
        flash.addFlashAttribute("detected", java.util.List.of(outcome.proposals(), outcome.documents()));
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "#documenten";
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/publicatiepakket")
    String build(@PathVariable String kenmerk, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String decisionKind, Authentication user, RedirectAttributes flash) {
        requests.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        Path work = null;
        try {
            work = Files.createTempDirectory("openbaar-pakket-");
            Path nothingNew = Files.createDirectory(work.resolve("geen-nieuwe-documenten"));
            Path out = work.resolve("pakket");
            ProcessingCase.Report report = processing.process(new ProcessingCase.Options(nothingNew, out, null, null, kenmerk), p -> { });
            if (!report.written()) {
                throw new InvalidInputException("package", "de controle vond gegevens die weg hadden moeten zijn; er is geen pakket gemaakt"
                        + (report.notProcessed().isEmpty() ? "" : " (" + String.join("; ", report.notProcessed()) + ")"));
            }
            publicationFiles.write(kenmerk, out);
            Publicatie p = publications.prepareFrom(kenmerk, out, summary, decisionKind, user);
            flash.addFlashAttribute("message", "publication.prepared");
            return "redirect:/beheer/publicaties/" + p.publicId();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("publicationError", e.describe());
        } catch (IOException | RuntimeException e) {
            flash.addFlashAttribute("publicationError", "package: " + e.getMessage());
        } finally {
            delete(work);
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "#publicatie";
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
