package nl.openbaar.cli;

import static nl.openbaar.shared.DutchDates.short_;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.search.RunningSweep;
import nl.openbaar.search.SearchingDocuments;
import nl.openbaar.search.model.PageHit;
import nl.openbaar.search.model.SweepRequest;
import nl.openbaar.search.model.Zoekslag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar search --case KENMERK --terms "…" --from DATE --to DATE}: the search sweep (zoekslag) of a
 * request, recorded with its hits per term per source; {@code --pages} only lists the pages found, unrecorded.
 */
@Command(name = "search", description = "Voer de zoekslag van een verzoek uit en leg die vast (zoektermen, bronnen, periode, treffers).")
public class SearchCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "KENMERK")
    String kenmerk;
    @Option(names = "--terms", required = true, arity = "1..*", paramLabel = "TERMEN",
            description = "zoektermen, gescheiden door komma's of herhaald: woorden, \"woordgroepen\", jokers (gezichtsherk*)")
    List<String> terms = new ArrayList<>();
    @Option(names = "--from", paramLabel = "DATUM", description = "eerste dag van de periode")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATUM", description = "laatste dag van de periode")
    LocalDate to;
    @Option(names = "--source", paramLabel = "BRON", description = "bron om te doorzoeken (herhaalbaar; standaard alle bronnen van het verzoek)")
    List<String> sources = new ArrayList<>();
    @Option(names = "--no-compounds", description = "een woord niet ook binnen samenstellingen zoeken")
    boolean noCompounds;
    @Option(names = "--exclude-undated", description = "documenten zonder datum niet doorzoeken")
    boolean excludeUndated;
    @Option(names = "--select", description = "neem de gevonden documenten (met hun familie) als de documenten van het verzoek; sluit de rest uit")
    boolean select;
    @Option(names = "--pages", description = "toon alleen de gevonden pagina's met fragment; legt geen zoekslag vast")
    boolean pages;
    @Option(names = "--user", defaultValue = "cli")
    String user;
    @Option(names = "--json")
    boolean json;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> all = split(terms);
        PrintWriter out = spec.commandLine().getOut();
        if (pages) {
            List<PageHit> hits = Cli.bean(SearchingDocuments.class).search(kenmerk, all, from, to, 1000);
            if (json) {
                Cli.printJson(out, hits.stream().map(h -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("documentId", h.documentId());
                    m.put("inventoryNumber", h.inventoryNumber());
                    m.put("fileName", h.fileName());
                    m.put("page", h.page());
                    m.put("terms", h.terms());
                    m.put("snippet", h.snippet());
                    return m;
                }).toList());
            } else {
                for (PageHit h : hits) {
                    out.printf("nr. %s %s p. %d: %s%n", h.inventoryNumber() == null ? "-" : h.inventoryNumber(), h.fileName(), h.page(),
                            h.snippet());
                }
                out.printf("%d pagina's gevonden.%n", hits.size());
            }
            out.flush();
            return 0;
        }
        Zoekslag z = Cli.bean(RunningSweep.class).run(kenmerk,
                new SweepRequest(all, sources, from, to, !noCompounds, !excludeUndated, select, user));
        if (json) {
            Cli.printJson(out, z);
            return 0;
        }
        Documents documents = Cli.bean(Documents.class);
        out.println("Zoekslag " + z.id() + " voor " + z.kenmerk() + ", uitgevoerd " + short_(LocalDate.ofInstant(z.performedAt(),
                nl.openbaar.OpenbaarApplication.ZONE)) + " door " + z.performedBy());
        out.println("Periode: " + (z.from() == null ? "…" : short_(z.from())) + " tot en met " + (z.to() == null ? "…" : short_(z.to()))
                + (z.undatedIncluded() ? " (documenten zonder datum meegenomen)" : ""));
        out.println("Bronnen: " + String.join(", ", z.sources()));
        for (String term : z.terms()) {
            out.println("  " + term + ": " + z.documentsFor(term) + " document(en)");
            for (Zoekslag.TermHits h : z.hits()) {
                if (h.term().equals(term)) {
                    out.printf("      %-30s %4d document(en), %4d pagina('s)%n", h.source(), h.documents(), h.pages());
                }
            }
        }
        out.println("Gevonden: " + z.documentsFound() + " document(en)" + (z.selected() ? ", overgenomen als documenten van het verzoek" : ""));
        z.documentIds().stream().map(documents::get)
                .sorted(java.util.Comparator.comparing((Document d) -> d.inventoryNumber() == null ? Integer.MAX_VALUE : d.inventoryNumber()))
                .forEach(d -> out.println("  " + (d.inventoryNumber() == null ? "-" : "nr. " + d.inventoryNumber()) + "  " + d.fileName()));
        out.flush();
        return 0;
    }

    /** Terms given as "a, b" or repeated; a quoted phrase keeps its commas. */
    static List<String> split(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (char c : r.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    cur.append(c);
                } else if (!quoted && (c == ',' || c == ';' || c == '\n')) {
                    add(out, cur);
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            add(out, cur);
        }
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (s.startsWith("\"") && s.endsWith("\"") && s.length() > 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
