package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.model.CollectReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar collect --case KENMERK --source PATH…}: takes in folders, archives, mailbox exports and files,
 * reads every document (OCR included), and puts them in order (threads, duplicates, inventory numbers).
 */
@Command(name = "collect", description = "Verzamel documenten voor een verzoek: mappen, zip-archieven, mailboxen (.pst, .mbox), losse bestanden.")
public class CollectCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "KENMERK", description = "kenmerk van het verzoek")
    String kenmerk;
    @Option(names = "--source", required = true, arity = "1..*", paramLabel = "PAD", description = "map, archief of bestand (herhaalbaar)")
    List<Path> sources = new ArrayList<>();
    @Option(names = "--source-name", paramLabel = "NAAM", description = "naam van de bron in de zoekslag, bv. \"Mailbox DDO\"")
    String sourceName;
    @Option(names = "--background", description = "alleen registreren; workers (server, openbaar worker) lezen de documenten")
    boolean background;
    @Option(names = "--json")
    boolean json;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CollectingDocuments collecting = Cli.bean(CollectingDocuments.class);
        PrintWriter out = spec.commandLine().getOut();
        if (background) {
            CollectingDocuments.Registration r = collecting.register(kenmerk, sources, sourceName);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kenmerk", kenmerk);
                m.put("added", r.added());
                m.put("unchanged", r.unchanged());
                m.put("skipped", r.skipped());
                Cli.printJson(out, m);
            } else {
                out.printf("%d nieuwe documenten geregistreerd, %d al bekend; workers lezen ze in de achtergrond.%n", r.added(), r.unchanged());
                r.skipped().forEach(f -> out.println("  overgeslagen: " + f.path() + " — " + f.reason()));
                out.flush();
            }
            return 0;
        }
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "documenten");
        CollectReport report = collecting.collect(kenmerk, sources, sourceName, bar);
        bar.done();
        if (json) {
            Cli.printJson(out, report);
        } else {
            out.printf("%s: %d documenten (%d pagina's); %d nieuw, %d al bekend, %d gelezen, %d mislukt.%n", report.kenmerk(),
                    report.documents(), report.pages(), report.added(), report.unchanged(), report.read(), report.failed().size());
            for (CollectReport.Failure f : report.failed()) {
                out.println("  mislukt: " + f.path() + " — " + f.reason());
            }
            for (CollectReport.Failure f : report.skipped()) {
                out.println("  overgeslagen: " + f.path() + " — " + f.reason());
            }
            out.flush();
        }
        return 0;
    }
}
