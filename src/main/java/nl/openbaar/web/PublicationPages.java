package nl.openbaar.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.openbaar.account.Role;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.publication.ApprovingPublication;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.PreparingPublication;
import nl.openbaar.publication.PublishingDecision;
import nl.openbaar.publication.WithdrawingPublication;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.publication.model.WithdrawReason;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Publication in the back office: the case team prepares a publication from a verified package; a publisher
 * who is not on the case approves (or sends it back) and publishes; a publisher withdraws or replaces a
 * published document with a reason.
 */
@Controller
class PublicationPages {

    private final BackOfficePublications publications;
    private final PreparingPublication preparing;
    private final ApprovingPublication approving;
    private final PublishingDecision publishing;
    private final WithdrawingPublication withdrawing;
    private final FindingRequests requests;
    private final Permissions perm;
    private final Audited audited;

    PublicationPages(BackOfficePublications publications, PreparingPublication preparing, ApprovingPublication approving,
            PublishingDecision publishing, WithdrawingPublication withdrawing, FindingRequests requests, Permissions perm,
            Audited audited) {
        this.publications = publications;
        this.preparing = preparing;
        this.approving = approving;
        this.publishing = publishing;
        this.withdrawing = withdrawing;
        this.requests = requests;
        this.perm = perm;
        this.audited = audited;
    }

    @GetMapping("/beheer/publicaties")
    String queue(Model model) {
        model.addAttribute("awaiting", publications.withStatus(PublicationStatus.AWAITING_APPROVAL));
        model.addAttribute("approved", publications.withStatus(PublicationStatus.APPROVED));
        model.addAttribute("published", publications.withStatus(PublicationStatus.PUBLISHED, PublicationStatus.WITHDRAWN));
        return "backoffice/publications";
    }

    @GetMapping("/beheer/publicaties/{id}")
    String show(@PathVariable String id, Authentication user, Model model) {
        Publicatie p = publications.find(id).orElseThrow(() -> new NotFoundException("publicatie"));
        model.addAttribute("p", p);
        model.addAttribute("files", publications.files(p));
        model.addAttribute("history", publications.history(p));
        model.addAttribute("reasons", WithdrawReason.values());
        model.addAttribute("isPublisher", perm.has(user, Role.PUBLISHER));
        return "backoffice/publication";
    }

    /** A publisher looks at every file before approving it; this works for files not yet public. */
    @GetMapping("/beheer/publicaties/{id}/bestanden/{fileId}")
    ResponseEntity<FileSystemResource> preview(@PathVariable String id, @PathVariable String fileId) {
        Publicatie p = publications.find(id).orElseThrow(() -> new NotFoundException("publicatie"));
        PublishedFile f = publications.file(fileId).filter(x -> x.publicationId() == p.id())
                .orElseThrow(() -> new NotFoundException("bestand"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.fileName()).build().toString())
                .body(new FileSystemResource(publications.content(f)));
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/publicatie")
    String prepare(@PathVariable String kenmerk, @RequestParam("package") MultipartFile upload,
            @RequestParam(required = false) String summary, @RequestParam(required = false) String decisionKind,
            Authentication user, RedirectAttributes flash) {
        requests.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        try (InputStream in = upload.getInputStream(); PackageUpload pkg = PackageUpload.unzip(in)) {
            Publicatie p = prepareFrom(kenmerk, pkg.root(), summary, decisionKind, user);
            flash.addFlashAttribute("message", "publication.prepared");
            return "redirect:/beheer/publicaties/" + p.publicId();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("publicationError", e.describe());
        } catch (IOException e) {
            flash.addFlashAttribute("publicationError", "package: het bestand kon niet worden gelezen");
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "#publicatie";
    }

    private Publicatie prepareFrom(String kenmerk, Path root, String summary, String decisionKind, Authentication user) {
        return audited.created(user.getName(), AuditAction.PUBLICATION_PREPARED,
                () -> preparing.prepare(kenmerk, root, new PreparingPublication.Options(summary, decisionKind), user.getName()),
                p -> Auditing.Subject.of("publicatie", p.publicId(), kenmerk), p -> p);
    }

    @PostMapping("/beheer/publicaties/{id}/goedkeuren")
    String approve(@PathVariable String id, Authentication user, RedirectAttributes flash) {
        perm.require(user, Role.PUBLISHER);
        Publicatie p = publications.find(id).orElseThrow(() -> new NotFoundException("publicatie"));
        return act(p, flash, () -> audited.run(user.getName(), AuditAction.PUBLICATION_APPROVED, subject(p), () -> Map.of("status", p.status()),
                () -> approving.approve(id, perm.actor(user)), x -> Map.of("status", x.status(), "approvedBy", x.approvedBy())));
    }

    @PostMapping("/beheer/publicaties/{id}/terugsturen")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, Authentication user, RedirectAttributes flash) {
        perm.require(user, Role.PUBLISHER);
        Publicatie p = publications.find(id).orElseThrow(() -> new NotFoundException("publicatie"));
        return act(p, flash, () -> audited.run(user.getName(), AuditAction.PUBLICATION_REJECTED, subject(p), () -> Map.of("status", p.status()),
                () -> approving.reject(id, reason, perm.actor(user)), x -> Map.of("status", x.status(), "reason", x.rejectedReason())));
    }

    @PostMapping("/beheer/publicaties/{id}/publiceren")
    String publish(@PathVariable String id, Authentication user, RedirectAttributes flash) {
        perm.require(user, Role.PUBLISHER);
        Publicatie p = publications.find(id).orElseThrow(() -> new NotFoundException("publicatie"));
        return act(p, flash, () -> {
            Publicatie done = publishing.publish(id, perm.actor(user));
            audited.run(user.getName(), AuditAction.PUBLICATION_PUBLISHED, subject(p), () -> Map.of("status", p.status()), () -> done,
                    x -> Map.of("status", x.status()));
            return done;
        });
    }

    @PostMapping("/beheer/publicaties/{id}/intrekken")
    String withdraw(@PathVariable String id, @RequestParam String reason, @RequestParam(required = false) String note,
            Authentication user, RedirectAttributes flash) {
        perm.require(user, Role.PUBLISHER);
        Publicatie p = publications.find(id).orElseThrow(() -> new NotFoundException("publicatie"));
        return act(p, flash, () -> {
            Publicatie done = withdrawing.withdrawPublication(id, WithdrawReason.parse(reason), note, perm.actor(user));
            audited.run(user.getName(), AuditAction.PUBLICATION_WITHDRAWN, subject(p), () -> Map.of("status", p.status()), () -> done,
                    x -> Map.of("status", x.status(), "reason", reason, "note", note == null ? "" : note));
            return done;
        });
    }

    @PostMapping("/beheer/publicaties/{id}/bestanden/{fileId}/intrekken")
    String withdrawFile(@PathVariable String id, @PathVariable String fileId, @RequestParam String reason,
            @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile replacement,
            Authentication user, RedirectAttributes flash) {
        perm.require(user, Role.PUBLISHER);
        Publicatie p = publications.find(id).orElseThrow(() -> new NotFoundException("publicatie"));
        PublishedFile f = publications.file(fileId).filter(x -> x.publicationId() == p.id())
                .orElseThrow(() -> new NotFoundException("bestand"));
        return act(p, flash, () -> {
            Path tmp = null;
            try {
                if (replacement != null && !replacement.isEmpty()) {
                    tmp = Files.createTempFile("openbaar-vervanging-", ".pdf");
                    replacement.transferTo(tmp);
                }
                Path replacementFile = tmp;
                PublishedFile done = withdrawing.withdrawFile(fileId, WithdrawReason.parse(reason), note, replacementFile, perm.actor(user));
                audited.run(user.getName(), replacementFile == null ? AuditAction.PUBLICATION_FILE_WITHDRAWN : AuditAction.PUBLICATION_FILE_REPLACED,
                        Auditing.Subject.of("bestand", f.publicId(), p.kenmerk()), () -> Map.of("file", f.publicId(), "withdrawn", false),
                        () -> done, x -> Map.of("file", f.publicId(), "withdrawn", true, "reason", reason, "replacedBy",
                                replacementFile == null ? "" : x.publicId()));
                return p;
            } catch (IOException e) {
                throw new InvalidInputException("replacement", "het nieuwe bestand kon niet worden gelezen");
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // temporary file
                    }
                }
            }
        });
    }

    private String act(Publicatie p, RedirectAttributes flash, java.util.function.Supplier<Object> action) {
        try {
            action.get();
            flash.addFlashAttribute("message", "publication.done");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("publicationError", e.describe());
        }
        return "redirect:/beheer/publicaties/" + p.publicId();
    }

    private static Auditing.Subject subject(Publicatie p) {
        return Auditing.Subject.of("publicatie", p.publicId(), p.kenmerk());
    }
}
