package nl.openbaar.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.internal.PdfPages;
import nl.openbaar.publication.internal.PortalIndex;
import nl.openbaar.publication.internal.PublicationFiles;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.publication.model.SearchHit;
import nl.openbaar.publication.model.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Full-text search over what is public, and keeping the portal index equal to it. Two guards keep unpublished
 * text out of results: only public files are ever indexed, and every hit is checked against the database
 * before it is shown, so a file withdrawn a moment ago cannot slip through a race.
 */
@Service
public class PortalSearch {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSearch.class);

    private final PortalIndex index;
    private final JdbcPublications publications;
    private final PublicationFiles files;

    public PortalSearch(PortalIndex index, JdbcPublications publications, PublicationFiles files) {
        this.index = index;
        this.publications = publications;
        this.files = files;
    }

    public SearchResult search(String query, int offset, int pageSize) {
        SearchResult raw = index.search(query, Math.max(0, offset), Math.min(Math.max(pageSize, 1), 50));
        Set<String> publicIds = publications.publicAmong(raw.hits().stream().map(SearchHit::filePublicId).collect(Collectors.toSet()));
        List<SearchHit> shown = raw.hits().stream().filter(h -> publicIds.contains(h.filePublicId())).toList();
        return new SearchResult(raw.query(), raw.totalPages() - (raw.hits().size() - shown.size()), shown, raw.offset(), raw.pageSize());
    }

    /** Makes a published file searchable: its pages as a reader extracts them from the published PDF. */
    void add(Publicatie p, PublishedFile f) {
        if (f.kind() == FileKind.BUNDLE || !f.mediaType().equals("application/pdf")) {
            return; // the bundle repeats the documents; hits should lead to the document itself
        }
        try {
            List<String> pages = PdfPages.read(files.path(f.sha256())).pages();
            List<PortalIndex.Page> indexed = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                indexed.add(new PortalIndex.Page(f.publicId(), p.publicId(), f.title(), p.title(), i + 1, pages.get(i)));
            }
            index.put(f.publicId(), indexed);
        } catch (IOException e) {
            LOG.warn("published file {} could not be read for the index: {}", f.publicId(), e.getMessage());
        }
    }

    void remove(PublishedFile f) {
        index.remove(f.publicId());
    }

    /** Makes the index hold exactly the public files: removes what is no longer public, adds what is missing. */
    @EventListener(ApplicationReadyEvent.class)
    public void reconcile() {
        List<PublishedFile> publicFiles = publications.publicFiles();
        Set<String> wanted = new HashSet<>();
        Map<Long, Publicatie> byId = new java.util.HashMap<>();
        for (PublishedFile f : publicFiles) {
            if (f.kind() != FileKind.BUNDLE && f.mediaType().equals("application/pdf")) {
                wanted.add(f.publicId());
            }
        }
        Set<String> present = index.files();
        int removed = 0;
        for (String id : present) {
            if (!wanted.contains(id)) {
                index.remove(id);
                removed++;
            }
        }
        int added = 0;
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
