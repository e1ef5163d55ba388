package nl.openbaar.tools.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A data file of named sections ({@code [name]}, then one entry a line, {@code #} lines are comments), as written. */
final class WordSections {

    private final String file;
    private final Map<String, List<String>> sections;

    private WordSections(String file, Map<String, List<String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    /** Reads a resource next to this class. */
    static WordSections read(String file) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = WordSections.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordSections(file, sections);
    }

    String[] section(String name) {
        List<String> words = sections.get(name);
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(file + " lacks section [" + name + "]");
        }
        return words.toArray(new String[0]);
    }
}
