package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.openbaar.pipeline.BuildingPackageInBackground;
import nl.openbaar.pipeline.ProcessingCase;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.verification.model.Leak;
import nl.openbaar.work.model.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar process --documents DIR --out OUT [--regime woo|wob] [--received YYYY-MM-DD] [--subject TEXT] [--case KENMERK]}: the
 * whole pipeline unattended; {@code --case K --out OUT} from detection on for documents collected earlier;
 * {@code --case K --background} queues it for the server's workers. Exit 0 only when the verification gate passed and OUT holds the package; 1 when the gate
 * found something (OUT is not written) or documents could not be processed; 2 for bad input.
 */
@Command(name = "process", description = "Verzamelen, detecteren, weglakken, controleren en het publicatiepakket schrijven, in één keer.")
public class ProcessCommand implements Callable<Integer> {

    @Option(names = "--documents", paramLabel = "MAP", description = "map met de documenten van het verzoek; zonder: de al verzamelde documenten van --case")
    Path documents;

    @Option(names = "--out", paramLabel = "MAP", description = "nieuwe (of lege) map voor het publicatiepakket")
    Path out;

    @Option(names = "--background", description = "met --case: in de wachtrij voor de workers van de server (openbaar serve, openbaar worker); "
            + "het pakket komt in <data>/pakketten/KENMERK/pakket")
    boolean background;

    @Option(names = "--regime", description = "woo of wob; standaard volgens de datum van ontvangst")
    String regime;

    @Option(names = "--received", description = "datum van ontvangst van het verzoek (jjjj-mm-dd); standaard vandaag")
    LocalDate received;

    @Option(names = "--subject", description = "de bestuurlijke aangelegenheid van een nieuw verzoek, zoals het besluit die noemt")
    String subject;

    @Option(names = "--case", paramLabel = "KENMERK", description = "bestaand verzoek; anders wordt een nieuw verzoek geregistreerd")
    String kenmerk;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (background) {
            if (kenmerk == null || documents != null || out != null) {
                throw new InvalidInputException("background", "--background gaat met --case KENMERK, zonder --documents en --out");
            }
            boolean queued = Cli.bean(BuildingPackageInBackground.class).schedule(kenmerk);
            spec.commandLine().getOut().println(queued ? "In de wachtrij: het publicatiepakket van " + kenmerk + " wordt gemaakt door een worker."
                    : "Voor " + kenmerk + " staat al een pakket in de wachtrij.");
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (out == null) {
            throw new InvalidInputException("out", "geef met --out een nieuwe map voor het publicatiepakket");
        }
        if (documents == null && kenmerk == null) {
            throw new InvalidInputException("documents", "geef --documents MAP, of --case KENMERK voor de al verzamelde documenten");
        }
        Stages bars = new Stages(spec.commandLine().getErr());
        ProcessingCase processing = Cli.bean(ProcessingCase.class);
        ProcessingCase.Report r = documents == null ? processing.publish(kenmerk, out, bars)
                : processing.process(new ProcessingCase.Options(documents, out, regime, received, kenmerk, subject), bars);
        bars.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kenmerk", r.kenmerk());
            m.put("regime", r.regime().code());
            m.put("written", r.written());
            m.put("out", r.out().toString());
            m.put("documents", r.published().size());
            m.put("pages", r.pages());
            m.put("boxes", r.boxes());
            m.put("reviewOnly", r.reviewOnly());
            m.put("notProcessed", r.notProcessed());
            m.put("warnings", r.warnings());
            m.put("passed", r.verification().passed());
            m.put("findings", r.findings());
            Cli.printJson(o, m);
        } else {
            o.printf("%s (%s): %d documenten verzameld, %d gepubliceerd, %d pagina's, %d weglakkingen.%n", r.kenmerk(),
                    r.regime().shortName(), r.collected(), r.published().size(), r.pages(), r.boxes());
            if (r.reviewOnly() > 0) {
                o.printf("%d voorstellen alleen ter beoordeling (niet toegepast), bv. persoonlijke beleidsopvattingen.%n", r.reviewOnly());
            }
            for (String n : r.notProcessed()) {
                o.println("  niet verwerkt: " + n);
            }
            for (String w : r.warnings()) {
                o.println("  let op: " + w);
            }
            if (r.written()) {
                o.println("Controle geslaagd; publicatiepakket: " + r.out());
            } else {
                o.println("CONTROLE AFGEKEURD — er is niets geschreven naar " + r.out() + ":");
                for (Leak l : r.verification().leaks()) {
                    o.println("  " + l.describe());
                }
            }
            o.flush();
        }
        return r.written() && r.notProcessed().isEmpty() ? 0 : 1;
    }

    /** One progress bar per stage of the pipeline, each closed when the next begins. */
    static final class Stages implements Consumer<Progress> {
        private static final Map<String, String> UNITS = Map.of(Progress.READING, "documenten gelezen", "detecteren",
                "documenten doorzocht", "weglakken", "documenten weggelakt", "controleren", "bestanden gecontroleerd");
        private final PrintWriter err;
        private String kind;
        private ProgressBar bar;

        Stages(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void accept(Progress p) {
            if (!p.kind().equals(kind)) {
                finish();
                kind = p.kind();
                bar = new ProgressBar(err, UNITS.getOrDefault(kind, kind));
            }
            bar.accept(p);
        }

        void finish() {
            if (bar != null) {
                bar.done();
            }
        }
    }

}
