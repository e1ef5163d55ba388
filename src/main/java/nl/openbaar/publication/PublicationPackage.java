package nl.openbaar.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.openbaar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A publication package as the pipeline writes it (docs/architecture.md): besluit.pdf, inventaris.*,
 * documenten/NNNN.pdf, documentenbundel.pdf and verificatie.json. Reading checks its shape; what is in the
 * files is checked by {@link PreparingPublication}.
 */
record PublicationPackage(Path dir, Path decision, List<Path> inventory, List<Path> documents, Path bundle,
        Map<String, InventoryRow> rows) {

    /** A line of the inventory: number, title, judgement, grounds, date. */
    record InventoryRow(String number, String title, String judgement, String grounds, String date, String fileType) {
    }

    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    static PublicationPackage read(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException("package", "map " + dir + " bestaat niet");
        }
        Path decision = dir.resolve("besluit.pdf");
        if (!Files.isRegularFile(decision)) {
            throw new InvalidInputException("package", "besluit.pdf ontbreekt");
        }
        checkVerification(dir.resolve("verificatie.json"));
        List<Path> inventory = new ArrayList<>();
        for (String name : List.of("inventaris.pdf", "inventaris.xlsx", "inventaris.csv")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                inventory.add(dir.resolve(name));
            }
        }
        List<Path> documents = new ArrayList<>();
        Path docs = dir.resolve("documenten");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> s = Files.list(docs)) {
                s.filter(Files::isRegularFile).sorted().forEach(p -> {
                    if (!p.getFileName().toString().matches("\\d{1,8}\\.pdf")) {
                        throw new InvalidInputException("package", "documenten/" + p.getFileName()
                                + ": een document heet naar zijn inventarisnummer (0001.pdf)");
                    }
                    documents.add(p);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path p : Stream.concat(Stream.of(decision), Stream.concat(inventory.stream(), documents.stream())).toList()) {
            try {
                if (Files.size(p) > MAX_FILE_BYTES) {
                    throw new InvalidInputException("package", p.getFileName() + " is groter dan 512 MB");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path bundle = Files.isRegularFile(dir.resolve("documentenbundel.pdf")) ? dir.resolve("documentenbundel.pdf") : null;
        Path csv = dir.resolve("inventaris.csv");
        Map<String, InventoryRow> rows = Files.isRegularFile(csv) ? inventoryRows(csv) : Map.of();
        return new PublicationPackage(dir, decision, inventory, documents, bundle, rows);
    }

    /** Nothing leaves without the verification gate's report saying it passed. */
    private static void checkVerification(Path json) {
        if (!Files.isRegularFile(json)) {
            throw new InvalidInputException("package", "verificatie.json ontbreekt: het pakket is niet door de controle gegaan");
        }
        JsonNode report;
        try {
            report = JsonMapper.builder().build().readTree(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("package", "verificatie.json is onleesbaar");
        }
        if (!passed(report)) {
            throw new InvalidInputException("package", "verificatie.json meldt dat de controle niet geslaagd is");
        }
    }

    static boolean passed(JsonNode report) {
        for (String field : List.of("passed", "ok", "geslaagd")) {
            JsonNode v = report.get(field);
            if (v != null && v.isBoolean()) {
                return v.booleanValue();
            }
        }
        JsonNode status = report.get("status");
        return status != null && status.isString()
                && List.of("passed", "ok", "geslaagd").contains(status.stringValue().toLowerCase(Locale.ROOT));
    }

    /** The inventory's CSV (VWS column names), keyed by document number without leading zeros. */
    static Map<String, InventoryRow> inventoryRows(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("package", "inventaris.csv is onleesbaar (geen UTF-8?)");
        }
        Map<String, InventoryRow> rows = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            return rows;
        }
        String header = lines.get(0).replace("\uFEFF", "");
        char sep = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<String> cols = Csv.split(header, sep).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        int id = index(cols, "document id", "id", "documentnummer", "nr.");
        int title = index(cols, "document", "bestandsnaam", "omschrijving", "titel");
        int judgement = index(cols, "beoordeling");
        int grounds = index(cols, "beoordelingsgrond", "grond", "gronden");
        int date = index(cols, "datum", "date");
        int fileType = index(cols, "file type", "bestandstype", "soort");
        if (id < 0) {
            throw new InvalidInputException("package", "inventaris.csv heeft geen kolom 'Document ID'");
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> v = Csv.split(line, sep);
            String number = normaliseNumber(get(v, id));
            if (number != null) {
                rows.put(number, new InventoryRow(number, get(v, title), get(v, judgement), get(v, grounds), get(v, date), get(v, fileType)));
            }
        }
        return rows;
    }

    static String normaliseNumber(String n) {
        if (n == null) {
            return null;
        }
        String digits = n.replaceAll("\\D", "");
        return digits.isEmpty() ? n.strip() : digits.replaceFirst("^0+(?=\\d)", "");
    }

    private static int index(List<String> cols, String... names) {
        for (String n : names) {
            int i = cols.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String get(List<String> v, int i) {
        return i < 0 || i >= v.size() || v.get(i).isBlank() ? null : v.get(i).strip();
    }

    /** RFC 4180 fields: quotes, doubled quotes, separators inside quotes. */
    static final class Csv {
        private Csv() {
        }

        static List<String> split(String line, char sep) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == sep) {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
