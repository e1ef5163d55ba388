package nl.openbaar.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.openbaar.letter.WritingPublicationFiles;
import nl.openbaar.publication.PreparingPublication;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Puts a verified package (from {@code process --out} or a background build) up for a publisher's approval: the
 * anonymised decision and the inventory are written from the case as it stands now, into a copy, so the verified
 * package stays exactly as the pipeline wrote it. The web app, the CLI and the demo all go this way.
 */
@Service
public class PreparingVerifiedPackage {

    private final WritingPublicationFiles publicationFiles;
    private final PreparingPublication preparing;

    public PreparingVerifiedPackage(WritingPublicationFiles publicationFiles, PreparingPublication preparing) {
        this.publicationFiles = publicationFiles;
        this.preparing = preparing;
    }

    public Publicatie prepare(String kenmerk, Path verifiedPackage, PreparingPublication.Options options, String user) {
        if (!Files.isRegularFile(verifiedPackage.resolve("verificatie.json"))) {
            throw new InvalidInputException("package", verifiedPackage.getFileName()
                    + " is geen gecontroleerd publicatiepakket (verificatie.json ontbreekt)");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("openbaar-pakket-");
            Path copy = work.resolve("pakket");
            copyTree(verifiedPackage, copy);
            publicationFiles.write(kenmerk, copy);
            return preparing.prepare(kenmerk, copy, options, user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(work);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
