package nl.openbaar.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.internal.PdfPages;
import nl.openbaar.publication.internal.PortalText;
import nl.openbaar.publication.internal.PublicationFiles;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.IndexedFile;
import nl.openbaar.publication.model.PortalQuery;
import nl.openbaar.publication.model.PortalResults;
import nl.openbaar.publication.model.PortalResults.DocumentHit;
import nl.openbaar.publication.model.PortalResults.PublicationHit;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Search over what is public, and keeping the search engine equal to it. Two guards keep unpublished text out
 * of results: only public files are ever indexed, and every document shown is checked against the database
 * before it is shown, so a file withdrawn a moment ago cannot slip through a race. Paging is bounded: a page
 * past the last one is "not found", and no one pages deeper than {@link #MAX_PAGE}.
 */
@Service
public class PortalSearch {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSearch.class);

    public static final int PAGE_SIZE = 10;
    public static final int MAX_PAGE = 500;
    public static final int SUGGESTIONS = 8;

    private final PortalSearchEngine engine;
    private final JdbcPublications publications;
    private final PublicationFiles files;

    public PortalSearch(PortalSearchEngine engine, JdbcPublications publications, PublicationFiles files) {
        this.engine = engine;
        this.publications = publications;
        this.files = files;
    }

    /**
     * One page of results.
     *
     * @throws InvalidInputException for a page number below 1 or beyond {@link #MAX_PAGE} (field "pagina")
     * @throws NotFoundException     for a page past the last page of these results
     */
    public PortalResults search(PortalQuery query) {
        if (query.page() < 1 || query.page() > MAX_PAGE) {
            throw new InvalidInputException("pagina", "kies een pagina van 1 tot en met " + MAX_PAGE);
        }
        if (query.pageSize() < 1 || query.pageSize() > 50) {
            throw new InvalidInputException("aantal", "kies 1 tot en met 50 resultaten per pagina");
        }
        if (query.publication() != null && !PublicIds.wellFormed(query.publication())) {
            throw new InvalidInputException("besluit", "onbekend besluit");
        }
        PortalResults raw = engine.search(query);
        if (query.page() > raw.resultPages()) {
            throw new NotFoundException("er zijn " + raw.resultPages() + " pagina's met resultaten");
        }
        return publicOnly(raw);
    }

    private PortalResults publicOnly(PortalResults raw) {
        Set<String> shown = new HashSet<>();
        raw.hits().forEach(h -> h.shown().forEach(d -> shown.add(d.fileId())));
        Set<String> open = publications.publicAmong(shown);
        if (open.size() == shown.size()) {
            return raw;
        }
        List<PublicationHit> hits = new ArrayList<>();
        for (PublicationHit h : raw.hits()) {
            List<DocumentHit> docs = h.shown().stream().filter(d -> open.contains(d.fileId())).toList();
            if (!docs.isEmpty()) {
                hits.add(new PublicationHit(h.publicationId(), h.title(), h.organisation(), h.category(), h.date(), h.documents(),
                        h.pages(), docs));
            }
        }
        return new PortalResults(raw.query(), raw.pages(), raw.documents(), raw.publications(), hits, raw.facets());
    }

    /** Completions of what is being typed: the text with its last word completed, the most common words first. */
    public List<String> suggest(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 200) {
            return List.of();
        }
        String t = typed.stripLeading();
        int space = t.lastIndexOf(' ');
        String head = space < 0 ? "" : t.substring(0, space + 1);
        return engine.suggest(t.substring(space + 1), SUGGESTIONS).stream().map(w -> head + w).toList();
    }

    /** Makes a published file searchable: its pages as a reader sees them in the published PDF. */
    void add(Publicatie p, PublishedFile f) {
        if (f.kind() == FileKind.BUNDLE || !f.mediaType().equals("application/pdf")) {
            return; // the bundle repeats the documents; hits should lead to the document itself
        }
        try {
            engine.put(indexed(p, f, PdfPages.visibleText(files.path(f.sha256()))));
        } catch (IOException e) {
            LOG.warn("published file {} could not be read for the index: {}", f.publicId(), e.getMessage());
        }
    }

    /** What the engine receives for a file: its metadata and its pages, cleaned of box labels and stamps. */
    public static IndexedFile indexed(Publicatie p, PublishedFile f, List<String> rawPages) {
        List<String> pages = rawPages.stream().map(PortalText::clean).toList();
        return new IndexedFile(f.publicId(), p.publicId(), p.title(), p.organisation(), p.category().code(),
                p.decisionDate() != null ? p.decisionDate() : p.publishedAt() == null ? null
                        : p.publishedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                f.kind(), title(p, f), f.inventoryNumber(), f.documentType(), f.judgement(), f.groundList(), pages);
    }

    private static String title(Publicatie p, PublishedFile f) {
        return switch (f.kind()) {
            case DECISION -> p.title();
            default -> f.title();
        };
    }

    void remove(PublishedFile f) {
        engine.remove(f.publicId());
    }

    /** Makes the index hold exactly the public files: removes what is no longer public, adds what is missing. */
    @EventListener(ApplicationReadyEvent.class)
    public void reconcile() {
        List<PublishedFile> publicFiles = publications.publicFiles();
        Set<String> wanted = new HashSet<>();
        for (PublishedFile f : publicFiles) {
            if (f.kind() != FileKind.BUNDLE && f.mediaType().equals("application/pdf")) {
                wanted.add(f.publicId());
            }
        }
        Set<String> present = engine.fileIds();
        int removed = 0;
        for (String id : present) {
            if (!wanted.contains(id)) {
                engine.remove(id);
                removed++;
            }
        }
        int added = 0;
        Map<Long, Publicatie> byId = new HashMap<>();
        for (PublishedFile f : publicFiles) {
            if (wanted.contains(f.publicId()) && !present.contains(f.publicId())) {
                Publicatie p = byId.computeIfAbsent(f.publicationId(), id -> publications.byId(id).orElseThrow());
                add(p, f);
                added++;
            }
        }
        if (removed + added > 0) {
            LOG.info("portal index reconciled: {} files removed, {} added", removed, added);
        }
    }
}
