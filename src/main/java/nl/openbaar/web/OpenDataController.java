package nl.openbaar.web;

import java.io.StringWriter;
import java.util.List;
import nl.openbaar.publication.PublicationSettings;
import nl.openbaar.publication.ReadingOpenData;
import nl.openbaar.publication.model.OpenDecision;
import nl.openbaar.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data at stable addresses: per decision {@code /besluiten/{id}/data.json} and {@code data.csv}, all decisions in
 * {@code /open-data/besluiten.json} and {@code .csv}, and a sitemap of these addresses ({@code /sitemap-open-data.xml},
 * named in robots.txt beside the DiWoo sitemap indexes).
 */
@RestController
class OpenDataController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

    private final ReadingOpenData data;
    private final PublicationSettings settings;

    OpenDataController(ReadingOpenData data, PublicationSettings settings) {
        this.data = data;
        this.settings = settings;
    }

    @GetMapping("/besluiten/{id}/data.json")
    ResponseEntity<String> json(@PathVariable String id) {
        StringWriter w = new StringWriter();
        data.writeJson(decision(id), w);
        return ok(JSON, w.toString(), null);
    }

    @GetMapping("/besluiten/{id}/data.csv")
    ResponseEntity<String> csv(@PathVariable String id) {
        StringWriter w = new StringWriter();
        data.writeCsv(List.of(decision(id)), w);
        return ok(CSV, w.toString(), "besluit-" + id + ".csv");
    }

    @GetMapping("/open-data/besluiten.json")
    ResponseEntity<String> allJson() {
        StringWriter w = new StringWriter();
        data.writeJson(data.all(), w);
        return ok(JSON, w.toString(), null);
    }

    @GetMapping("/open-data/besluiten.csv")
    ResponseEntity<String> allCsv() {
        StringWriter w = new StringWriter();
        data.writeCsv(data.all(), w);
        return ok(CSV, w.toString(), "besluiten.csv");
    }

    /** A plain sitemap (sitemaps.org 0.9) of the open-data addresses, so harvesters find them as they find the documents. */
    @GetMapping(value = "/sitemap-open-data.xml")
    ResponseEntity<String> sitemap() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String base = settings.publicUrl();
        url(x, base + "/open-data/besluiten.json", null);
        url(x, base + "/open-data/besluiten.csv", null);
        for (OpenDecision d : data.all()) {
            url(x, d.url() + "/data.json", d.published());
            url(x, d.url() + "/data.csv", d.published());
        }
        x.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(x.toString());
    }

    private static void url(StringBuilder x, String loc, java.time.LocalDate modified) {
        x.append("  <url><loc>").append(org.springframework.web.util.HtmlUtils.htmlEscape(loc)).append("</loc>");
        if (modified != null) {
            x.append("<lastmod>").append(modified).append("</lastmod>");
        }
        x.append("</url>\n");
    }

    private OpenDecision decision(String id) {
        return data.decision(id).orElseThrow(() -> new NotFoundException("besluit"));
    }

    private static ResponseEntity<String> ok(MediaType type, String body, String download) {
        ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(type).header("Access-Control-Allow-Origin", "*");
        if (download != null) {
            b.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(download).build().toString());
        }
        return b.body(body);
    }
}
