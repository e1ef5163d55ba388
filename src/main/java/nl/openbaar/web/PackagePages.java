package nl.openbaar.web;

import java.nio.file.Path;
import java.util.Map;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.pipeline.BuildingPackageInBackground;
import nl.openbaar.pipeline.PreparingVerifiedPackage;
import nl.openbaar.pipeline.ProposingForReview;
import nl.openbaar.publication.PreparingPublication;
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
    private final PreparingVerifiedPackage preparing;
    private final FindingRequests requests;
    private final Permissions perm;
    private final Audited audited;

    PackagePages(ProposingForReview proposing, BuildingPackageInBackground building, PreparingVerifiedPackage preparing,
            FindingRequests requests, Permissions perm, Audited audited) {
        this.proposing = proposing;
        this.building = building;
        this.preparing = preparing;
        this.requests = requests;
        this.perm = perm;
        this.audited = audited;
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/detectie")
    String detect(@PathVariable String kenmerk, Authentication user, RedirectAttributes flash) {
        requests.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        var outcome = audited.run(user.getName(), AuditAction.REDACTIONS_PROPOSED, Auditing.Subject.request(kenmerk), null,
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
        boolean queued = audited.run(user.getName(), AuditAction.PACKAGE_BUILD_QUEUED, Auditing.Subject.request(k), null,
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
        try {
            Path latest = building.latest(k).orElseThrow(() -> new InvalidInputException("package",
                    "er is nog geen gecontroleerd publicatiepakket; maak het eerst"));
            Publicatie p = audited.created(user.getName(), AuditAction.PUBLICATION_PREPARED,
                    () -> preparing.prepare(k, latest, new PreparingPublication.Options(summary, decisionKind), user.getName()),
                    x -> Auditing.Subject.of("publicatie", x.publicId(), k), x -> x);
            flash.addFlashAttribute("message", "publication.prepared");
            return "redirect:/beheer/publicaties/" + p.publicId();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("publicationError", e.describe());
        } catch (RuntimeException e) {
            flash.addFlashAttribute("publicationError", "package: " + e.getMessage());
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(k, "UTF-8") + "#publicatie";
    }
}
