package nl.openbaar.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.openbaar.document.CollectingDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo case's documents (src/main/resources/demo/clearview: invented e-mails, a memo with its draft and a
 * scanned letter) copied out of the jar into the data folder and collected for the main demo request. Reading
 * runs in the background on the server's worker, so the demo starts at once and shows the progress bar.
 */
@Component
class DemoDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);

    private final CollectingDocuments collecting;
    private final Path dataDir;

    DemoDocuments(CollectingDocuments collecting, @Value("${openbaar.data-dir}") Path dataDir) {
        this.collecting = collecting;
        this.dataDir = dataDir;
    }

    void collect(String kenmerk) {
        Path folder = copyOut();
        var reg = collecting.register(kenmerk, List.of(folder), "Mailbox en archief DDO");
        LOG.info("Demo documents: {} collected for {}; they are read in the background", reg.added(), kenmerk);
    }

    /** The demo documents as files under the data folder (the pipeline reads a folder, not the jar). */
    Path copyOut() {
        try {
            Path folder = Files.createDirectories(dataDir.resolve("demo-bronnen").resolve("mailbox-ddo"));
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/clearview/*");
            for (Resource r : files) {
                String name = r.getFilename();
                if (name == null || name.equals("README.md")) {
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
