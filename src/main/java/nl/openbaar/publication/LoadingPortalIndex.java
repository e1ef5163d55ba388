package nl.openbaar.publication;

import java.nio.file.Path;
import nl.openbaar.publication.internal.LucenePortalIndex;
import nl.openbaar.publication.model.IndexedFile;

/**
 * Fills an embedded portal index with many files at once (a rebuild, the search benchmark's corpus): one writer held
 * open from several threads, merged down at the end. Nothing is searchable before {@link #finish()}, which hands back
 * the engine over what was loaded.
 */
public final class LoadingPortalIndex {

    private final LucenePortalIndex index;
    private long pages;

    private LoadingPortalIndex(LucenePortalIndex index) {
        this.index = index;
    }

    /** Starts a load into the embedded index under {@code dataDir} (its {@code publication/index}). */
    public static LoadingPortalIndex into(Path dataDir) {
        LucenePortalIndex index = new LucenePortalIndex(dataDir);
        index.beginBulk(1);
        return new LoadingPortalIndex(index);
    }

    /** Opens an index loaded before, for searching only. */
    public static PortalSearchEngine open(Path dataDir) {
        return new LucenePortalIndex(dataDir);
    }

    /** The number of pages an embedded index holds (-1 for another engine). */
    public static long pages(PortalSearchEngine engine) {
        return engine instanceof LucenePortalIndex l ? l.pageCount() : -1;
    }

    /** Adds a file; safe to call from several threads. */
    public void add(IndexedFile file) {
        index.bulkAdd(file);
        synchronized (this) {
            pages += file.pages().size();
        }
    }

    public synchronized long pages() {
        return pages;
    }

    /** Commits, merges to a few segments (fewer segments, faster searches) and returns the engine over the index. */
    public PortalSearchEngine finish(int segments) {
        index.endBulk(segments);
        return index;
    }
}
