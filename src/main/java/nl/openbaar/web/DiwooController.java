package nl.openbaar.web;

import nl.openbaar.publication.DiwooMetadata;
import nl.openbaar.publication.InformatieCategorieen;
import nl.openbaar.publication.PublicationSettings;
import nl.openbaar.publication.ReadingPortal;
import nl.openbaar.publication.model.InformatieCategorie;
import nl.openbaar.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Harvesting by the Woo-index: robots.txt naming the DiWoo sitemap index, the sitemaps, and metadata per document. */
@RestController
class DiwooController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final DiwooMetadata diwoo;
    private final ReadingPortal portal;
    private final PublicationSettings settings;

    DiwooController(DiwooMetadata diwoo, ReadingPortal portal, PublicationSettings settings) {
        this.diwoo = diwoo;
        this.portal = portal;
        this.settings = settings;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        StringBuilder out = new StringBuilder("User-agent: *\nDisallow: /beheer/\nDisallow: /api/\nDisallow: /status\nDisallow: /login\n\n");
        for (InformatieCategorie c : InformatieCategorieen.all()) {
            out.append("Sitemap: ").append(settings.publicUrl()).append('/').append(DiwooMetadata.sitemapIndexName(c.code()))
                    .append('\n');
        }
        out.append("Sitemap: ").append(settings.publicUrl()).append("/sitemap-open-data.xml\n");
        return out.toString();
    }

    @GetMapping("/sitemapindex-diwoo-{code}.xml")
    ResponseEntity<String> index(@PathVariable String code) {
        return ResponseEntity.ok().contentType(XML).body(diwoo.sitemapIndex(category(code).code()));
    }

    @GetMapping("/sitemaps/sitemap-diwoo-{code}-{number}.xml")
    ResponseEntity<String> sitemap(@PathVariable String code, @PathVariable String number) {
        if (!number.matches("\\d{5}")) {
            throw new NotFoundException("sitemap");
        }
        String xml = diwoo.sitemap(category(code).code(), Integer.parseInt(number));
        if (xml == null) {
            throw new NotFoundException("sitemap");
        }
        return ResponseEntity.ok().contentType(XML).body(xml);
    }

    @GetMapping("/documenten/{id}/diwoo.xml")
    ResponseEntity<String> document(@PathVariable String id) {
        ReadingPortal.PublicFile f = portal.file(id).orElseThrow(() -> new NotFoundException("document"));
        return ResponseEntity.ok().contentType(XML).body(diwoo.document(f));
    }

    private static InformatieCategorie category(String code) {
        return InformatieCategorieen.find(code).orElseThrow(() -> new NotFoundException("categorie"));
    }
}
