package nl.openbaar.publication;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.openbaar.publication.model.IndexedFile;
import nl.openbaar.publication.model.PortalQuery;
import nl.openbaar.publication.model.PortalResults;

/**
 * The engine behind portal search. It holds only what is public, and answers one {@link PortalQuery} with
 * publications, their documents and pages, facet counts and snippets. The embedded default is Lucene with its
 * Dutch analysis ({@code internal.LucenePortalIndex}); another engine (OpenSearch) implements the same contract,
 * which {@code PortalSearchEngineContract} in the tests states.
 */
public interface PortalSearchEngine extends AutoCloseable {

    /** Replaces a file's pages in the index; searchable when this returns. */
    void put(IndexedFile file);

    /** Adds many files at once (a rebuild, a benchmark); searchable when this returns. */
    void putAll(Collection<IndexedFile> files);

    /** Removes a file; when this returns no search finds it any more. */
    void remove(String fileId);

    /** The ids of the files the index holds. */
    Set<String> fileIds();

    PortalResults search(PortalQuery query);

    /** Words of the public documents that start with what was typed, the most common first. */
    List<String> suggest(String prefix, int max);

    @Override
    void close();
}
