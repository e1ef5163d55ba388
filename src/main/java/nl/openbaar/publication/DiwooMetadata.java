package nl.openbaar.publication;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.openbaar.publication.ReadingPortal.PublicFile;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import org.springframework.stereotype.Service;

/**
 * DiWoo metadata for the Woo-index (KOOP): per published document a {@code diwoo:Document/diwoo:DiWoo} block,
 * alone or inside sitemaps. Sitemaps follow the DiWoo rules: an index file named
 * {@code sitemapindex-diwoo-infocat014.xml} (category 14, Woo-verzoeken en -besluiten) referenced from
 * robots.txt, sitemaps of at most 50,000 URLs, and each {@code <loc>} pointing straight at the document's file,
 * not at an HTML page. Elements follow DiWoo 0.9.8 as implemented by the VWS platform and OpenWoo; the XSD
 * itself could not be obtained for validation here.
 */
@Service
public class DiwooMetadata {

    public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String DIWOO_NS = "https://standaarden.overheid.nl/diwoo/metadata/";
    public static final int URLS_PER_SITEMAP = 50_000;
    static final String TOOI = "https://identifier.overheid.nl/tooi/def/thes/kern/";
    static final String VASTSTELLING = "c_641ecd76";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ReadingPortal portal;
    private final PublicationSettings settings;

    public DiwooMetadata(ReadingPortal portal, PublicationSettings settings) {
        this.portal = portal;
        this.settings = settings;
    }

    /** The file name of the sitemap index for a category code ("infocat014"). */
    public static String sitemapIndexName(String categoryCode) {
        return "sitemapindex-diwoo-" + categoryCode + ".xml";
    }

    public static String sitemapName(String categoryCode, int number) {
        return String.format("sitemap-diwoo-%s-%05d.xml", categoryCode, number);
    }

    /** The public address of a file's bytes: what {@code <loc>} points at. */
    public String fileUrl(PublishedFile f) {
        return settings.publicUrl() + "/bestanden/" + f.publicId() + "/" + f.fileName();
    }

    public String sitemapIndex(String categoryCode) {
        List<PublicFile> files = filesIn(categoryCode);
        int sitemaps = Math.max(1, (files.size() + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
        return write(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (int i = 1; i <= sitemaps; i++) {
                w.writeStartElement("sitemap");
                element(w, "loc", settings.publicUrl() + "/sitemaps/" + sitemapName(categoryCode, i));
                LocalDate last = lastmod(files, i);
                if (last != null) {
                    element(w, "lastmod", last.toString());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Sitemap number {@code number} (from 1), or null when there is no such sitemap. */
    public String sitemap(String categoryCode, int number) {
        List<PublicFile> files = filesIn(categoryCode);
        int from = (number - 1) * URLS_PER_SITEMAP;
        if (number < 1 || (from >= files.size() && number > 1)) {
            return null;
        }
        List<PublicFile> page = files.subList(Math.min(from, files.size()), Math.min(from + URLS_PER_SITEMAP, files.size()));
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("diwoo", DIWOO_NS);
            for (PublicFile f : page) {
                w.writeStartElement("url");
                element(w, "loc", fileUrl(f.file()));
                element(w, "lastmod", lastmod(f).toString());
                document(w, f);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** The DiWoo metadata of one public file, as a standalone document. */
    public String document(PublicFile f) {
        return write(w -> {
            w.setPrefix("diwoo", DIWOO_NS);
            document(w, f, true);
        });
    }

    private void document(XMLStreamWriter w, PublicFile f) throws XMLStreamException {
        document(w, f, false);
    }

    private void document(XMLStreamWriter w, PublicFile f, boolean declareNamespace) throws XMLStreamException {
        Publicatie p = f.publication();
        PublishedFile file = f.file();
        w.writeStartElement("diwoo", "Document", DIWOO_NS);
        if (declareNamespace) {
            w.writeNamespace("diwoo", DIWOO_NS);
        }
        w.writeStartElement("diwoo", "DiWoo", DIWOO_NS);
        // Element order follows the DiWooType sequence of DiWoo 0.9.8.
        diwoo(w, "identifiers");
        diwooText(w, "identifier", settings.publicUrl() + "/documenten/" + file.publicId());
        w.writeEndElement();
        diwooResource(w, "publisher", settings.organisationTooi(), settings.organisation());
        diwooResource(w, "verantwoordelijke", settings.organisationTooi(), settings.organisation());
        diwoo(w, "titelcollectie");
        diwooText(w, "officieleTitel", title(p, file));
        w.writeEndElement();
        diwoo(w, "classificatiecollectie");
        diwoo(w, "informatiecategorieen");
        diwooResource(w, "informatiecategorie", p.category().uri(), p.category().label());
        w.writeEndElement();
        w.writeEndElement();
        diwooText(w, "creatiedatum", created(f).toString());
        diwooResource(w, "language", "http://publications.europa.eu/resource/authority/language/NLD", "Nederlands");
        diwooResource(w, "format", "http://publications.europa.eu/resource/authority/file-type/" + extension(file).toUpperCase(),
                extension(file));
        if (file.kind() != FileKind.DECISION) {
            diwooResource(w, "isPartOf", settings.publicUrl() + "/besluiten/" + p.publicId(), p.title());
        }
        diwoo(w, "documenthandelingen");
        diwoo(w, "documenthandeling");
        diwooResource(w, "soortHandeling", TOOI + VASTSTELLING, "vaststelling");
        diwooText(w, "atTime", created(f).atStartOfDay(ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        diwooResource(w, "wasAssociatedWith", settings.organisationTooi(), settings.organisation());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private List<PublicFile> filesIn(String categoryCode) {
        return portal.allPublicFiles().stream()
                .filter(f -> f.publication().category().code().equals(categoryCode))
                .filter(f -> f.file().kind() != FileKind.BUNDLE)
                .toList();
    }

    private static String title(Publicatie p, PublishedFile f) {
        return switch (f.kind()) {
            case DECISION -> p.title();
            case INVENTORY -> "Inventarislijst bij " + lower(p.title());
            default -> f.title();
        };
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String extension(PublishedFile f) {
        String n = f.fileName();
        return n.substring(n.lastIndexOf('.') + 1).toLowerCase();
    }

    private static LocalDate created(PublicFile f) {
        if (f.file().documentDate() != null) {
            return f.file().documentDate();
        }
        if (f.publication().decisionDate() != null) {
            return f.publication().decisionDate();
        }
        return f.publication().publishedAt().atZone(ZONE).toLocalDate();
    }

    private static LocalDate lastmod(PublicFile f) {
        return f.publication().publishedAt().atZone(ZONE).toLocalDate();
    }

    private static LocalDate lastmod(List<PublicFile> files, int sitemap) {
        int from = (sitemap - 1) * URLS_PER_SITEMAP;
        return files.stream().skip(from).limit(URLS_PER_SITEMAP).map(DiwooMetadata::lastmod).max(LocalDate::compareTo).orElse(null);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void diwoo(XMLStreamWriter w, String name) throws XMLStreamException {
        w.writeStartElement("diwoo", name, DIWOO_NS);
    }

    private static void diwooText(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        diwoo(w, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void diwooResource(XMLStreamWriter w, String name, String resource, String label) throws XMLStreamException {
        diwoo(w, name);
        w.writeAttribute("resource", resource);
        w.writeCharacters(label);
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
