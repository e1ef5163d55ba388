package nl.openbaar.tools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.openbaar.cli.Cli;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.tools.redaction.MeasuringBoxWidths;
import nl.openbaar.tools.redaction.MeasuringBoxWidths.ModeResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar eval redaction-width --names N [--seed S] [--dpi D] [--at-margin] [--no-verify] [--json]}. */
@Command(name = "redaction-width", description = "Lak N verzonnen namen weg in dezelfde zin en tel de verschillende pagina's: "
        + "hoeveel bits verraadt de breedte van een vlak?")
public class EvalRedactionWidthCommand implements Callable<Integer> {

    @Option(names = "--names", description = "aantal verzonnen namen (standaard 64)")
    int names = 64;

    @Option(names = "--seed", description = "zaad voor de namen (standaard 1)")
    long seed = 1;

    @Option(names = "--dpi", description = "resolutie van de render (standaard 100)")
    int dpi = 100;

    @Option(names = "--at-margin", description = "de zin is de langste regel van de pagina: de rest van de regel kan niet naar rechts")
    boolean atMargin;

    @Option(names = "--no-verify", description = "de poort niet over elk resultaat laten lopen")
    boolean noVerify;

    @Option(names = "--work", description = "map voor de tussenresultaten")
    Path work;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (names < 2 || names > 10_000) {
            throw new InvalidInputException("names", "kies tussen 2 en 10000 namen");
        }
        if (dpi < 36 || dpi > 600) {
            throw new InvalidInputException("dpi", "kies een resolutie tussen 36 en 600");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("openbaar-eval-width");
        MeasuringBoxWidths.Report r = new MeasuringBoxWidths(seed, dpi, !noVerify,
                atMargin ? MeasuringBoxWidths.Placement.AT_MARGIN : MeasuringBoxWidths.Placement.PARAGRAPH).run(names, dir);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(o, r);
            return 0;
        }
        o.printf(Locale.ROOT, "%d verzonnen namen in dezelfde zin (%s), %.1f-%.1f em breed (Helvetica 11 pt); render %d dpi%n",
                r.names(), r.placement(), r.nameWidthMinEm(), r.nameWidthMaxEm(), r.dpi());
        o.printf(Locale.ROOT, "%-8s %9s %6s %14s %12s %14s %s%n", "breedte", "pagina's", "bits", "verplaatsingen", "vlakbreedtes", "inhoudsstromen", "poort");
        for (ModeResult m : r.modes()) {
            o.printf(Locale.ROOT, "%-8s %9d %6.2f %14d %12d %14d %s%n", m.widths(), m.distinctPages(), m.bitsLeaked(),
                    m.distinctDisplacements(), m.distinctBoxWidths(), m.distinctContentStreams(),
                    m.gateChecked() == 0 ? "-" : m.gatePassed() + "/" + m.gateChecked());
        }
        for (ModeResult m : r.modes()) {
            if (m.boxWidths().size() <= 8) {
                o.printf("vlakbreedtes (pt) bij %s: %s%n", m.widths(), m.boxWidths());
            }
        }
        o.flush();
        return 0;
    }
}
