package nl.openbaar.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.document.Documents;
import nl.openbaar.document.DocumentsOrganised;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.search.internal.PageIndex;
import nl.openbaar.work.TrackingProgress;
import nl.openbaar.work.model.Progress;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the full-text index up to date: after a request's documents are organised, the pages of every read
 * document not yet in the index are added. Catching up is also done before every search, so an index that was
 * lost (or lives on another machine) is rebuilt from the database.
 */
@Service
public class IndexingDocuments {

    private static final int BATCH = 200;

    private final Documents documents;
    private final PageIndex index;
    private final TrackingProgress progress;

    public IndexingDocuments(Documents documents, PageIndex index, TrackingProgress progress) {
        this.documents = documents;
        this.index = index;
        this.progress = progress;
    }

    @EventListener
    void on(DocumentsOrganised event) {
        catchUp(event.requestId());
    }

    /** Indexes the request's read documents that are not in the index; returns how many were added. */
    public int catchUp(long requestId) {
        List<Document> all = documents.forRequest(requestId);
        Map<Long, Document> byId = new HashMap<>();
        Set<Long> read = new HashSet<>();
        for (Document d : all) {
            byId.put(d.id(), d);
            if (d.status() == DocumentStatus.READ) {
                read.add(d.id());
            }
        }
        Set<Long> missing = new HashSet<>(read);
        missing.removeAll(index.indexed(requestId, read));
        if (missing.isEmpty()) {
            return 0;
        }
        progress.start(requestId, Progress.INDEXING, missing.size());
        List<Long> ids = missing.stream().sorted().toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<PageIndex.Page> pages = new ArrayList<>();
            for (Long id : batch) {
                Document d = byId.get(id);
                // an attachment is dated by its e-mail (the family date), as in e-discovery: its own metadata
                // often says when the file was made, not when it was sent
                Document top = byId.get(d.familyId());
                LocalDate date = d.parentId() != null && top != null && top.date() != null ? top.date() : d.date();
                int n = 0;
                for (String text : documents.pageTexts(id)) {
                    pages.add(new PageIndex.Page(requestId, id, ++n, d.source(), date, text));
                }
            }
            index.add(batch, pages);
            progress.advanceBy(requestId, Progress.INDEXING, batch.size());
        }
        progress.finish(requestId, Progress.INDEXING);
        return missing.size();
    }
}
