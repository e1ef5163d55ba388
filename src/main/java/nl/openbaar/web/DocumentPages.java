package nl.openbaar.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.document.ChoosingDocuments;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Documents in the back office: collecting uploaded files (single files, zip archives, mailbox exports) for a
 * case, and the working PDF of a document for the review screen. Reading happens in the background; the
 * request page shows its progress.
 */
@Controller
class DocumentPages {

    private final CollectingDocuments collecting;
    private final Documents documents;
    private final FindingRequests requests;
    private final Permissions perm;
    private final Audited audited;

    private final ChoosingDocuments choosing;

    DocumentPages(CollectingDocuments collecting, Documents documents, FindingRequests requests, Permissions perm, Audited audited,
            ChoosingDocuments choosing) {
        this.choosing = choosing;
        this.collecting = collecting;
        this.documents = documents;
        this.requests = requests;
        this.perm = perm;
        this.audited = audited;
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/verzamelen")
    String collect(@PathVariable String kenmerk, @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) String source, Authentication user, RedirectAttributes flash) {
        requests.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("openbaar-upload-");
            List<Path> paths = new ArrayList<>();
            for (MultipartFile f : files) {
                if (f.isEmpty()) {
                    continue;
                }
                String name = safeName(f.getOriginalFilename());
                // One folder per file keeps the original name (it becomes the document's source path and title).
                Path target = Files.createDirectory(dir.resolve(Integer.toString(paths.size()))).resolve(name);
                try (InputStream in = f.getInputStream()) {
                    Files.copy(in, target);
                }
                paths.add(target);
            }
            if (paths.isEmpty()) {
                throw new InvalidInputException("files", "kies ten minste één bestand");
            }
            String label = source == null || source.isBlank() ? "Upload door " + user.getName() : source.strip();
            var reg = audited.run(user.getName(), AuditAction.DOCUMENTS_COLLECTED, Auditing.Subject.request(kenmerk), null,
                    () -> collecting.register(kenmerk, paths, label),
                    r -> Map.of("source", label, "files", paths.size(), "added", r.added(), "unchanged", r.unchanged(),
                            "skipped", r.skipped().size()));
            flash.addFlashAttribute("collected", List.of(reg.added(), reg.unchanged(), reg.skipped().size()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("documentsError", e.describe());
        } catch (IOException e) {
            flash.addFlashAttribute("documentsError", "files: de upload kon niet worden opgeslagen");
        } finally {
            delete(dir);
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "#documenten";
    }

    /**
     * The case handler's word on a duplicate: "geen" (not a duplicate, whatever the computation says), "van" with the
     * inventory number of the document it copies, or "berekend" (back to the computation). Kept over later runs.
     */
    @PostMapping("/beheer/documenten/{id}/dubbel")
    String duplicate(@PathVariable long id, @RequestParam String besluit, @RequestParam(required = false) Integer van,
            Authentication user, RedirectAttributes flash) {
        Document d = documents.find(id).orElseThrow(() -> new NotFoundException("document"));
        String kenmerk = requests.get(d.kenmerk()).verzoek().kenmerk();
        perm.requireCaseWork(user, kenmerk);
        try {
            audited.run(user.getName(), AuditAction.DOCUMENT_DUPLICATE_MARKED, Auditing.Subject.of("document", id, kenmerk),
                    () -> Map.of("duplicateOf", d.duplicateOf() == null ? "" : d.duplicateOf()), () -> {
                        switch (besluit) {
                            case "geen" -> choosing.markNotDuplicate(id);
                            case "berekend" -> choosing.undecide(id);
                            case "van" -> {
                                Document kept = documents.forRequest(kenmerk).stream()
                                        .filter(x -> van != null && van.equals(x.inventoryNumber())).findFirst()
                                        .orElseThrow(() -> new InvalidInputException("van", "geen document met nummer " + van + " in dit verzoek"));
                                choosing.markDuplicate(id, kept.id());
                            }
                            default -> throw new InvalidInputException("besluit", "kies geen, van of berekend");
                        }
                        return documents.get(id);
                    }, x -> Map.of("duplicateOf", x.duplicateOf() == null ? "" : x.duplicateOf()));
            flash.addFlashAttribute("message", "docs.duplicate.decided");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("documentsError", e.describe());
        }
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "#documenten";
    }

    /** The working PDF (rendition) that page numbers and boxes refer to. Unredacted: the case team only (need to know). */
    @GetMapping("/beheer/documenten/{id}/werkversie.pdf")
    ResponseEntity<FileSystemResource> rendition(@PathVariable long id, Authentication user) {
        Document d = documents.find(id).orElseThrow(() -> new NotFoundException("document"));
        perm.requireCaseData(user, d.kenmerk());
        Path pdf = documents.rendition(d.id());
        if (pdf == null || !Files.exists(pdf)) {
            throw new NotFoundException("werkversie");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("document-" + id + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(pdf));
    }

    private static String safeName(String original) {
        String n = original == null ? "bestand" : Path.of(original.replace('\\', '/')).getFileName().toString();
        n = n.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return n.isBlank() ? "bestand" : (n.length() > 150 ? n.substring(n.length() - 150) : n);
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
