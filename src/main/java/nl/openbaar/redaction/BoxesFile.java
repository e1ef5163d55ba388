package nl.openbaar.redaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.Box;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boxes to redact as a JSON file, for the single-step commands:
 * {@code [{"page":1,"x":72,"y":130,"width":80,"height":12,"ground":"5.1.2e","category":"naam"}]}, in the shared
 * system (points, origin top-left of the page as displayed).
 */
public final class BoxesFile {

    record Entry(Integer page, Double x, Double y, Double width, Double height, String ground, String category) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BoxesFile() {
    }

    public static List<RedactionBox> read(Path file) {
        Entry[] entries;
        try {
            entries = JSON.readValue(Files.readAllBytes(file), Entry[].class);
        } catch (IOException | JacksonException e) {
            throw new InvalidInputException("boxes", "geen geldige lijst met vlakken (JSON): " + e.getMessage());
        }
        List<RedactionBox> boxes = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            String where = "vlak " + (i + 1);
            if (e == null || e.page() == null || e.x() == null || e.y() == null || e.width() == null || e.height() == null) {
                throw new InvalidInputException("boxes", where + ": page, x, y, width en height zijn verplicht");
            }
            if (e.width() <= 0 || e.height() <= 0 || e.page() < 1) {
                throw new InvalidInputException("boxes", where + ": pagina vanaf 1, breedte en hoogte groter dan 0");
            }
            if (e.ground() == null || e.ground().isBlank()) {
                throw new InvalidInputException("boxes", where + ": de weigeringsgrond (ground) ontbreekt");
            }
            boxes.add(new RedactionBox(e.page(), new Box(e.x(), e.y(), e.width(), e.height()), e.ground().strip(), e.category()));
        }
        return boxes;
    }

    public static void write(Path file, List<RedactionBox> boxes) throws IOException {
        List<Entry> entries = boxes.stream().map(b -> new Entry(b.page(), b.box().x(), b.box().y(), b.box().width(),
                b.box().height(), b.ground(), b.category())).toList();
        Files.write(file, JSON.writeValueAsBytes(entries));
    }
}
