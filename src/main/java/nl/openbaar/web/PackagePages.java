package nl.openbaar.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import nl.openbaar.audit.Auditing;
import nl.openbaar.letter.WritingPublicationFiles;
import nl.openbaar.pipeline.BuildingPackageInBackground;
import nl.openbaar.pipeline.ProposingForReview;
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
 * review; "build the publication package" queues the pipeline on the case as reviewed (accepted boxes removed,
 * every file through the verification gate) as background work; "put up for approval" adds the anonymised decision
 * and the inventory to the latest verified package and prepares the publication for a publisher's approval.
 */
@Controller
class PackagePages {

    private final ProposingForReview proposing;
    private final BuildingPackageInBackground building;
    private final WritingPublicationFiles publicationFiles;
    private final PublicationPages publications;
    private final FindingRequests requests;
    private final Permissions perm;
    private final Audited audited;

    PackagePages(ProposingForReview proposing, BuildingPackageInBackground building, WritingPublicationFiles publicationFiles,
            PublicationPages publications, FindingRequests requests, Permissions perm, Audited audited) {
        this.proposing = proposing;
        this.building = building;
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

    /**
     * Queues the pipeline for the case as reviewed; it runs as background work (progress on the request page), so
     * a large case never holds a browser request open and a crash or restart only means the task runs again.
     */
    @PostMapping("/beheer/verzoeken/{kenmerk}/publicatiepakket")
    String build(@PathVariable String kenmerk, Authentication user, RedirectAttributes flash) {
        String k = requests.get(kenmerk).verzoek().kenmerk();
        perm.requireCaseWork(user, k);
        boolean queued = audited.run(user.getName(), "package.build.queued", Auditing.Subject.request(k), null,
                () -> building.schedule(k), q -> Map.of("queued", q));
        flash.addFlashAttribute("message", queued ? "package.queued" : "package.alreadyQueued");
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(k, "UTF-8") + "#publicatie";
    }

    /**
     * Puts the latest verified package up for a publisher's approval, with the anonymised decision and the
     * inventory written from the case as it stands now.
     */
    @PostMapping("/beheer/verzoeken/{kenmerk}/publicatiepakket/klaarzetten")
    String prepare(@PathVariable String kenmerk, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String decisionKind, Authentication user, RedirectAttributes flash) {
        String k = requests.get(kenmerk).verzoek().kenmerk();
        perm.requireCaseWork(user, k);
        Path work = null;
        try {
            Path latest = building.latest(k).orElseThrow(() -> new InvalidInputException("package",
                    "er is nog geen gecontroleerd publicatiepakket; maak het eerst"));
            // a copy: the publication files are added to it, and the verified package stays as the pipeline wrote it
            work = Files.createTempDirectory("openbaar-pakket-");
            Path out = work.resolve("pakket");
            copyTree(latest, out);
            publicationFiles.write(k, out);
            Publicatie p = publications.prepareFrom(k, out, summary, decisionKind, user);
            flash.addFlashAttribute("message", "publication.prepared");
            return "redirect:/beheer/publicaties/" + p.publicId();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("publicationError", e.describe());
        } catch (IOException | RuntimeException e) {
            flash.addFlashAttribute("publicationError", "package: " + e.getMessage());
        } finally {
            delete(work);
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(k, "UTF-8") + "#publicatie";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
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
