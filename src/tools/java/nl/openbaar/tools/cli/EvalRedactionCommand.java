package nl.openbaar.tools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.cli.Cli;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.tools.redaction.EvaluatingRedaction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar eval redaction --corpus DIR [--limit N] [--timeout S] [--json]}. */
@Command(name = "redaction", description = "Lak één woord weg op pagina 1 van elke PDF in een map en tel de uitkomsten met hun redenen.")
public class EvalRedactionCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "map met PDF's (ook in submappen)")
    Path corpus;

    @Option(names = "--limit", description = "hooguit zoveel bestanden, gelijk verspreid over de gesorteerde namen (0 = alle)")
    int limit;

    @Option(names = "--timeout", description = "seconden per bestand voordat het als vastgelopen telt")
    long timeout = 300;

    @Option(names = "--work", description = "map voor de tussenresultaten")
    Path work;

    @Option(names = "--files", description = "ook de uitkomst per bestand tonen")
    boolean files;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new InvalidInputException("corpus", "map niet gevonden: " + corpus);
        }
        Path dir = work != null ? work : Files.createTempDirectory("openbaar-eval-redaction");
        EvaluatingRedaction.Report r = new EvaluatingRedaction(timeout).run(corpus, limit, dir);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(o, r);
            return 0;
        }
        o.printf("%d PDF's uit %s%n", r.files(), corpus);
        r.outcomes().forEach((k, v) -> o.printf("  %-12s %4d%n", k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), v));
        o.printf("Lekken die poppler na publicatie nog leest: %d%n", r.leaks());
        section(o, "Redenen voor de terugval op een afbeelding", r.fallbackReasons());
        section(o, "Redenen voor weigering", r.refusalReasons());
        section(o, "Slechte invoer", r.badInput());
        section(o, "Crashes", r.crashes());
        if (files) {
            r.results().forEach(f -> o.printf("%s\t%s\t%.1f s\t%s%s%n", f.file(), f.outcome(), f.seconds(), String.join("; ", f.reasons()), f.leak() ? "\tLEK" : ""));
        }
        o.flush();
        return 0;
    }

    private static void section(PrintWriter o, String title, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        o.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> o.printf("  %4d  %s%n", e.getValue(), e.getKey()));
    }
}
