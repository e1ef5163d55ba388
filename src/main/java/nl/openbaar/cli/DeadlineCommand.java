package nl.openbaar.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.deadline.DeadlineJson;
import nl.openbaar.deadline.model.DeadlineFacts;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.DutchDates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The deadline calculator: {@code openbaar deadline --regime wob|woo --received YYYY-MM-DD [--extended] [--json]}.
 * Scripts depend on this contract. It uses the shipped rule base and needs no database.
 */
@Command(name = "deadline", description = "Berekent de beslistermijn van een verzoek (Algemene termijnenwet inbegrepen).")
public class DeadlineCommand implements Callable<Integer> {

    @Option(names = "--regime", required = true, description = "woo of wob")
    String regime;

    @Option(names = "--received", required = true, description = "datum van ontvangst (jjjj-mm-dd)")
    LocalDate received;

    @Option(names = "--extended", description = "de termijn is (tijdig) verdaagd")
    boolean extended;

    @Option(names = "--json", description = "één JSON-object op standaarduitvoer")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Regime r = Regime.parse(regime, "regime");
        DeadlineFacts facts = DeadlineFacts.received(r, received, received);
        if (extended) {
            facts = facts.withExtension(received);
        }
        DeadlineReport report = ComputingDeadline.standard().compute(facts);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(out, DeadlineJson.of(report, false));
        } else {
            out.println("Beslistermijn (" + r.shortName() + "): " + DutchDates.weekday(report.deadline()) + " "
                    + DutchDates.long_(report.deadline()));
            out.println(report.explanation());
            report.warnings().forEach(w -> out.println("Let op: " + w));
            out.flush();
        }
        return 0;
    }
}
