package nl.openbaar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.openbaar.publication.InformatieCategorieen;
import nl.openbaar.publication.ReadingCaseDates;
import nl.openbaar.publication.ReadingPortal;
import nl.openbaar.publication.model.InformatieCategorie;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal: published decisions newest first with filters, a decision with its inventory, documents
 * and history, a document's page, the files themselves, and full-text search. Everything goes through
 * {@link ReadingPortal}, which returns nothing for what is not public: a guessed, unpublished or withdrawn id
 * gets the same 404 as a nonsense one.
 */
@Controller
class PortalController {

    private static final int PAGE = 20;

    private final ReadingPortal portal;
    private final ReadingCaseDates dates;

    private final Labels labels;

    PortalController(ReadingPortal portal, ReadingCaseDates dates, Labels labels) {
        this.labels = labels;
        this.portal = portal;
        this.dates = dates;
    }

    @GetMapping("/besluiten")
    String decisions(@RequestParam(required = false) String organisatie, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, @RequestParam(required = false) String onderwerp,
            @RequestParam(required = false) String categorie, @RequestParam(required = false) String pagina, Model model) {
        int page = SearchPage.page(pagina);
        if (page > 10_000) {
            throw new InvalidInputException("pagina", "kies een pagina tot en met 10.000");
        }
        if (categorie != null && !categorie.isBlank()) {
            InformatieCategorieen.of(categorie);
        }
        var filter = new ReadingPortal.Filter(organisatie, nl.openbaar.shared.Bounds.date("van", date(van)), nl.openbaar.shared.Bounds.date("tot", date(tot)), onderwerp, categorie);
        var list = portal.decisions(filter, PAGE + 1, (page - 1) * PAGE);
        model.addAttribute("decisions", list.size() > PAGE ? list.subList(0, PAGE) : list);
        model.addAttribute("hasNext", list.size() > PAGE);
        model.addAttribute("page", page);
        model.addAttribute("organisations", portal.organisations());
        model.addAttribute("organisatie", organisatie == null ? "" : organisatie);
        model.addAttribute("van", van == null ? "" : van);
        model.addAttribute("tot", tot == null ? "" : tot);
        model.addAttribute("onderwerp", onderwerp == null ? "" : onderwerp);
        model.addAttribute("categorie", categorie == null ? "" : categorie);
        model.addAttribute("categories", InformatieCategorieen.all());
        return "portal/decisions";
    }

    /** The 17 information categories of article 3.3 Woo, each with how much was published in it. */
    @GetMapping("/categorieen")
    String categories(Model model) {
        model.addAttribute("categories", InformatieCategorieen.all());
        model.addAttribute("counts", portal.countsByCategory());
        return "portal/categories";
    }

    /** One category's place on the portal: what was published in it, newest first. */
    @GetMapping("/categorieen/{code}")
    String category(@PathVariable String code, @RequestParam(required = false) String pagina, Model model) {
        InformatieCategorie c = InformatieCategorieen.find(code).orElseThrow(() -> new NotFoundException("categorie"));
        int page = SearchPage.page(pagina);
        if (page > 10_000) {
            throw new InvalidInputException("pagina", "kies een pagina tot en met 10.000");
        }
        var list = portal.decisions(new ReadingPortal.Filter(null, null, null, null, c.code()), PAGE + 1, (page - 1) * PAGE);
        if (list.isEmpty() && page > 1) {
            throw new NotFoundException("pagina");
        }
        model.addAttribute("category", c);
        // Computed here: a fragment's arguments are evaluated in Thymeleaf's restricted mode, which refuses bean calls.
        model.addAttribute("pageTitle", labels.category(c.code()));
        model.addAttribute("publications", list.size() > PAGE ? list.subList(0, PAGE) : list);
        model.addAttribute("hasNext", list.size() > PAGE);
        model.addAttribute("page", page);
        return "portal/category";
    }

    @GetMapping("/besluiten/{id}")
    String decision(@PathVariable String id, Model model) {
        ReadingPortal.DecisionPage page = portal.decision(id).orElseThrow(() -> new NotFoundException("besluit"));
        model.addAttribute("d", page);
        model.addAttribute("dates", dates.of(page.publication()));
        model.addAttribute("scripts", java.util.List.of("/js/search.js"));
        model.addAttribute("decisionFile", page.files().stream().filter(f -> f.kind() == FileKind.DECISION && f.isPublic()).findFirst()
                .orElse(null));
        model.addAttribute("inventoryFiles", page.files().stream().filter(f -> f.kind() == FileKind.INVENTORY && f.isPublic()).toList());
        java.util.Set<Long> replaced = page.files().stream().map(f -> f.replacesId()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("documents", page.files().stream()
                .filter(f -> f.kind() == FileKind.DOCUMENT && !replaced.contains(f.id())).toList());
        model.addAttribute("bundle", page.files().stream().filter(f -> f.kind() == FileKind.BUNDLE && f.isPublic()).findFirst().orElse(null));
        return "portal/decision";
    }

    @GetMapping("/documenten/{id}")
    String document(@PathVariable String id, Model model) {
        ReadingPortal.PublicFile f = portal.file(id).orElseThrow(() -> new NotFoundException("document"));
        model.addAttribute("f", f);
        model.addAttribute("pageTitle", labels.fileTitle(f.publication(), f.file()));
        model.addAttribute("fileUrl", "/bestanden/" + f.file().publicId() + "/" + f.file().fileName());
        model.addAttribute("diwooUrl", "/documenten/" + f.file().publicId() + "/diwoo.xml");
        return "portal/document";
    }

    /** A search hit's page: the PDF opened at that page. */
    @GetMapping("/documenten/{id}/pagina/{page}")
    String page(@PathVariable String id, @PathVariable int page) {
        ReadingPortal.PublicFile f = portal.file(id).orElseThrow(() -> new NotFoundException("document"));
        int n = Math.max(1, Math.min(page, Math.max(1, f.file().pageCount())));
        return "redirect:/bestanden/" + f.file().publicId() + "/" + f.file().fileName() + "#page=" + n;
    }

    /** The file itself: the address DiWoo's {@code <loc>} points at. */
    @GetMapping("/bestanden/{id}/{name}")
    ResponseEntity<FileSystemResource> file(@PathVariable String id, @PathVariable String name) {
        ReadingPortal.PublicFile f = portal.file(id).filter(p -> p.file().fileName().equals(name))
                .orElseThrow(() -> new NotFoundException("bestand"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.file().mediaType()))
                .contentLength(f.file().byteSize())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.file().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(new FileSystemResource(f.path()));
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
