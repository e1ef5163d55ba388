package nl.openbaar.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.internal.JdbcLetterTexts;
import nl.openbaar.letter.model.TextCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The letter texts in force, in layers, each replacing keys of the one before: the defaults in the jar; files
 * an administrator puts in {@code <data folder>/brieven/*.txt} (same format, only the changed keys); texts an
 * administrator changed in the application (database); and, for one case, that case's own texts.
 */
@Service
public class LetterTexts {

    private final JdbcLetterTexts stored;
    private final Path folder;

    public LetterTexts(JdbcLetterTexts stored, @Value("${openbaar.data-dir}") String dataDir) {
        this.stored = stored;
        this.folder = Path.of(dataDir).resolve("brieven");
    }

    /** Defaults, data folder and database: the texts for every case. */
    public TextCatalogue general() {
        TextCatalogue texts = DefaultTexts.catalogue().overriddenBy(folderTexts());
        Map<String, String> db = new LinkedHashMap<>();
        for (JdbcLetterTexts.Stored s : stored.all()) {
            db.put(s.regime().isEmpty() ? s.key() : s.key() + "@" + s.regime(), s.body());
        }
        return texts.overriddenBy(TextCatalogue.of(db, "beheer"));
    }

    /** The texts for one case: the general ones with the case's own on top. */
    public TextCatalogue forCase(long requestId) {
        return general().overriddenBy(TextCatalogue.of(stored.forCase(requestId), "zaak"));
    }

    /** The data folder where an administrator may put override files. */
    public Path folder() {
        return folder;
    }

    private TextCatalogue folderTexts() {
        TextCatalogue texts = TextCatalogue.empty();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        TreeSet<Path> files = new TreeSet<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.txt")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            try {
                texts = texts.overriddenBy(TextCatalogue.parse(Files.readString(file, StandardCharsets.UTF_8),
                        "brieven/" + file.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return texts;
    }
}
