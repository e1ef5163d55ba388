package nl.openbaar.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.openbaar.letter.BenchmarkingLetters;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar bench letters [--documents N]}: the decision and inventory of a generated case with N documents. */
@Command(name = "letters", description = "Meet hoe lang een besluit met inventaris van N documenten duurt (PDF/A + PDF/UA, DOCX, XLSX, CSV).")
public class BenchLettersCommand implements Callable<Integer> {

    @Option(names = "--documents", defaultValue = "1000", description = "aantal documenten (standaard ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (documents < 1 || documents > 200_000) {
            throw new InvalidInputException("documents", "kies 1 tot 200.000");
        }
        BenchmarkingLetters.Result r = BenchmarkingLetters.run(documents);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(out, r);
        } else {
            out.printf(Locale.ROOT, "Besluit met %d documenten: %d pagina's besluit, %d pagina's inventaris; %.2f s in totaal%n",
                    r.documents(), r.decisionPages(), r.inventoryPages(), r.totalSeconds());
            out.printf(Locale.ROOT, "  inventaris afleiden %.3f s, besluit opstellen %.3f s, besluit-PDF %.2f s (%d kB), DOCX %.2f s%n",
                    r.deriveSeconds(), r.composeSeconds(), r.decisionPdfSeconds(), r.decisionPdfBytes() / 1024, r.decisionDocxSeconds());
            out.printf(Locale.ROOT, "  inventaris XLSX %.2f s, CSV %.3f s, PDF %.2f s%n", r.inventoryXlsxSeconds(), r.inventoryCsvSeconds(),
                    r.inventoryPdfSeconds());
            out.flush();
        }
        return 0;
    }
}
