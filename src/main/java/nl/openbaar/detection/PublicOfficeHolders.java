package nl.openbaar.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.detection.model.OfficeHolder;
import nl.openbaar.shared.InvalidInputException;

/**
 * The dated register of public office holders (ministers, state secretaries, members of both chambers, King's
 * commissioners, mayors) whose names stay visible when they act in that office on the document's date. Data with
 * source and licence under {@code detection/offices/} (see SOURCES.md there): one office period a line,
 * {@code given TAB surname TAB office TAB from TAB until}, tab-separated, '#' comments, an empty end while in office,
 * "~" before a date known only to the month. Later files correct earlier ones: a line with the same person, office
 * and start replaces its end. Loaded once (a few hundred lines, milliseconds).
 */
public final class PublicOfficeHolders {

    private static final String BASE = "/nl/openbaar/detection/offices/";
    /** In load order; later files correct earlier ones. */
    private static final List<String> FILES = List.of("parlamint-nl.tsv", "hand-compiled.tsv");
    private static final Map<String, String> SOURCES = Map.of(
            "parlamint-nl.tsv", "ParlaMint-NL 4.0 (CLARIN, hdl.handle.net/11356/1859), CC BY 4.0",
            "hand-compiled.tsv", "met de hand samengesteld naar rijksoverheid.nl en gemeentelijke websites");
    private static final LocalDate COMPILED = LocalDate.of(2026, 12, 2);

    private final List<OfficeHolder> holders;
    private final String source;
    private final LocalDate compiled;

    private PublicOfficeHolders(List<OfficeHolder> holders, String source, LocalDate compiled) {
        this.holders = List.copyOf(holders);
        this.source = source;
        this.compiled = compiled;
    }

    public static PublicOfficeHolders standard() {
        return Holder.STANDARD;
    }

    public static PublicOfficeHolders none() {
        return new PublicOfficeHolders(List.of(), "", null);
    }

    private static final class Holder {
        static final PublicOfficeHolders STANDARD = load();
    }

    private static PublicOfficeHolders load() {
        Map<String, OfficeHolder> byKey = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = PublicOfficeHolders.class.getResourceAsStream(BASE + file)) {
                if (in == null) {
                    throw new IllegalStateException("register missing from the class path: " + BASE + file);
                }
                for (OfficeHolder h : parse(in, SOURCES.get(file), file)) {
                    byKey.put(key(h), h);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PublicOfficeHolders(new ArrayList<>(byKey.values()), String.join("; ", SOURCES.values()), COMPILED);
    }

    /** A register in the file format above (an organisation's own additions: its mayor, aldermen, directors). */
    public static PublicOfficeHolders read(InputStream tsv, String source) {
        return new PublicOfficeHolders(parse(tsv, source, "register"), source, null);
    }

    private static List<OfficeHolder> parse(InputStream in, String source, String name) {
        List<OfficeHolder> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 4 || c[0].isBlank() && c[1].isBlank()) {
                    throw new InvalidInputException("register", name + " regel " + n + ": verwacht voornaam, achternaam, functie, van, tot");
                }
                String given = c[0].strip();
                String surname = c[1].strip();
                boolean approximate = c[3].startsWith("~") || c.length > 4 && c[4].startsWith("~");
                String role = c[2].strip() + (approximate ? " (datum bij benadering)" : "");
                out.add(new OfficeHolder(given.isEmpty() ? surname : given + " " + surname, surname, role, date(c[3], name, n),
                        c.length > 4 && !c[4].isBlank() ? date(c[4], name, n) : null, source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static LocalDate date(String s, String name, int line) {
        try {
            return LocalDate.parse(s.strip().replace("~", ""));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("register", name + " regel " + line + ": geen datum '" + s + "'");
        }
    }

    private static String key(OfficeHolder h) {
        return h.name() + "\t" + h.role().replace(" (datum bij benadering)", "") + "\t" + h.from();
    }

    /** This register plus more holders (an organisation's own: its mayor, aldermen, signing directors). */
    public PublicOfficeHolders with(List<OfficeHolder> more) {
        List<OfficeHolder> all = new ArrayList<>(holders);
        all.addAll(more);
        return new PublicOfficeHolders(all, source, compiled);
    }

    public List<OfficeHolder> holders() {
        return holders;
    }

    public String source() {
        return source;
    }

    public LocalDate compiled() {
        return compiled;
    }
}
