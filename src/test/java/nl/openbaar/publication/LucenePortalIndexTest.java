package nl.openbaar.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.openbaar.publication.internal.LucenePortalIndex;

/** The embedded default engine on the engine contract, in a temporary folder. */
class LucenePortalIndexTest extends PortalSearchEngineContract {

    @Override
    PortalSearchEngine create() {
        try {
            return new LucenePortalIndex(Files.createTempDirectory("openbaar-portal-index-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
