package nl.openbaar.redaction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.redaction.model.LogEntry;
import nl.openbaar.redaction.model.Redaction;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The redaction log of a publication, as CSV (semicolons, UTF-8 with BOM, as Dutch spreadsheet users open it) and
 * JSON. It is public: it names recognizers, but people only by their role, and never contains the removed text.
 * It locates each redaction by page and the box's top-left corner, never by its exact width or height: the width
 * of what was removed tells a name apart (Bland, Iyer and Levchenko, PETS 2023), and the boxes in the PDF are
 * drawn in width classes to hide it — the log must not give it back.
 */
public class WritingRedactionLog {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Who proposed a redaction, as the public log says it: the recognizer, or "medewerker" for a person. */
    public static String proposer(Redaction r) {
        String by = r.proposedBy() == null ? "" : r.proposedBy();
        if (by.startsWith("detectie")) {
            return r.recognizer() == null ? "detectie" : "detectie (" + r.recognizer() + ")";
        }
        return "medewerker";
    }

    /** Who approved it, publicly: "automatisch" for the unattended pipeline, else "medewerker". */
    public static String approver(Redaction r) {
        return "automatisch".equals(r.decidedBy()) ? "automatisch" : "medewerker";
    }

    public void write(List<LogEntry> entries, Path csv, Path json) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write("document;pagina;bundelpagina;x;y;grond;categorie;voorgesteld_door;goedgekeurd_door;goedgekeurd_op\r\n");
            for (LogEntry e : entries) {
                w.write(String.join(";", String.valueOf(e.document()), String.valueOf(e.page()), String.valueOf(e.bundlePage()),
                        num(e.box().x()), num(e.box().y()), csv(e.ground()),
                        csv(e.category()), csv(e.proposedBy()), csv(e.approvedBy()), e.approvedAt() == null ? "" : e.approvedAt().toString()));
                w.write("\r\n");
            }
        }
        List<Map<String, Object>> rows = entries.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", e.document());
            m.put("pagina", e.page());
            m.put("bundelpagina", e.bundlePage());
            m.put("vlak", Map.of("x", round(e.box().x()), "y", round(e.box().y())));
            m.put("grond", e.ground());
            m.put("categorie", e.category());
            m.put("voorgesteldDoor", e.proposedBy());
            m.put("goedgekeurdDoor", e.approvedBy());
            m.put("goedgekeurdOp", e.approvedAt() == null ? null : e.approvedAt().toString());
            return m;
        }).toList();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("eenheid", "punten: de linkerbovenhoek van het vlak, oorsprong linksboven op de pagina zoals getoond (geen breedte: die verraadt de lengte van wat is weggelakt)");
        doc.put("weglakkingen", rows);
        Files.write(json, JSON.writeValueAsBytes(doc));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(";") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
