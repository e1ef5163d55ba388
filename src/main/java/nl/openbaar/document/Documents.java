package nl.openbaar.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.openbaar.document.internal.FileStore;
import nl.openbaar.document.internal.JdbcDocuments;
import nl.openbaar.document.internal.LayoutCodec;
import nl.openbaar.document.model.Document;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.NotFoundException;
import nl.openbaar.shared.layout.PageLayout;
import org.springframework.stereotype.Service;

/**
 * Reading a request's documents: the list (in inventory order, families together), one document, its pages
 * with word boxes, its working PDF and its original. What detection, review, redaction, the inventory and the
 * web app use.
 */
@Service
public class Documents {

    private final JdbcDocuments documents;
    private final FileStore store;
    private final FindingRequests requests;

    public Documents(JdbcDocuments documents, FileStore store, FindingRequests requests) {
        this.documents = documents;
        this.store = store;
        this.requests = requests;
    }

    /** All documents of a request: numbered ones in inventory order, then unnumbered ones, attachments after their e-mail. */
    public List<Document> forRequest(String kenmerk) {
        return documents.forRequest(requests.get(kenmerk).verzoek().id());
    }

    public List<Document> forRequest(long requestId) {
        return documents.forRequest(requestId);
    }

    public Document get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("document " + id + " bestaat niet"));
    }

    public Optional<Document> find(long id) {
        return documents.find(id);
    }

    /** The attachments of an e-mail (or the members of an archive), in their order. */
    public List<Document> children(long id) {
        return documents.children(id);
    }

    /** The pages of the working PDF with their words and boxes; empty until the document is read. */
    public List<PageLayout> pages(long id) {
        var files = documents.files(id).orElseThrow(() -> new NotFoundException("document " + id + " bestaat niet"));
        if (files.layout() == null) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(store.pathOf(files.layout()))) {
            return LayoutCodec.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("layout of document " + id + " unreadable", e);
        }
    }

    /** One page (1-based). */
    public PageLayout page(long id, int number) {
        List<PageLayout> pages = pages(id);
        if (number < 1 || number > pages.size()) {
            throw new NotFoundException("document " + id + " heeft geen pagina " + number);
        }
        return pages.get(number - 1);
    }

    /** The text of every page, in order (cheaper than {@link #pages} when the boxes are not needed). */
    public List<String> pageTexts(long id) {
        return documents.pageTexts(id);
    }

    /** The working PDF that page numbers and word boxes refer to; read-only, shared by identical documents. */
    public Path rendition(long id) {
        var files = documents.files(id).orElseThrow(() -> new NotFoundException("document " + id + " bestaat niet"));
        if (files.rendition() == null) {
            throw new NotFoundException("document " + id + " heeft (nog) geen werk-PDF");
        }
        return store.pathOf(files.rendition());
    }

    /** The original bytes as collected; read-only. */
    public Path original(long id) {
        var files = documents.files(id).orElseThrow(() -> new NotFoundException("document " + id + " bestaat niet"));
        Path path = store.pathOf(files.original());
        if (!Files.exists(path)) {
            throw new NotFoundException("het origineel van document " + id + " is niet bewaard (groter dan de ingestelde grens)");
        }
        return path;
    }
}
