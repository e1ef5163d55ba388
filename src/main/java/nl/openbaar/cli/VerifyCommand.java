package nl.openbaar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.openbaar.redaction.BoxesFile;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.law.Regime;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DetectionCheck;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Leak;
import nl.openbaar.verification.model.Secret;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar verify PDF [--secret TEXT …] [--secrets FILE] [--boxes BOXES.json] [--scanned-page N …] [--json]}:
 * the verification gate on any PDF, for instance one redacted elsewhere: the given texts are searched for, and detection
 * looks for personal data by itself in what poppler (and tesseract, for scanned pages) reads ({@code --no-detection}
 * turns that off). Exit 0 when nothing was found, 1 otherwise.
 */
@Command(name = "verify", description = "Controleer of weggelakte gegevens echt uit een PDF verdwenen zijn.")
public class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PDF")
    Path pdf;

    @Option(names = "--secret", description = "tekst die niet mag voorkomen (herhaalbaar)")
    List<String> secrets = new ArrayList<>();

    @Option(names = "--secrets", description = "bestand met één te zoeken tekst per regel")
    Path secretsFile;

    @Option(names = "--boxes", description = "JSON-lijst met vlakken die dekkend zwart moeten zijn")
    Path boxes;

    @Option(names = "--scanned-page", description = "pagina die ook met OCR wordt gelezen (herhaalbaar)")
    List<Integer> scannedPages = new ArrayList<>();

    @Option(names = "--json")
    boolean json;

    @Option(names = "--no-detection", description = "zoek alleen de opgegeven teksten, niet zelf naar persoonsgegevens")
    boolean noDetection;

    @Option(names = "--regime", defaultValue = "woo", description = "woo of wob, voor de eigen detectie (standaard ${DEFAULT-VALUE})")
    String regime;

    @Option(names = "--name", paramLabel = "NAAM", description = "een naam die overal gevonden moet worden (herhaalbaar)")
    List<String> names = new ArrayList<>();

    @Option(names = "--keep", paramLabel = "TEKST", description = "tekst die zichtbaar mag blijven, ook als de detectie hem vindt (herhaalbaar)")
    List<String> keep = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        VerifyingRedaction.requireReadable(pdf);
        List<String> texts = new ArrayList<>(secrets);
        if (secretsFile != null) {
            if (!Files.isRegularFile(secretsFile)) {
                throw new InvalidInputException("secrets", "bestand niet gevonden: " + secretsFile);
            }
            Files.readAllLines(secretsFile).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(texts::add);
        }
        List<Secret> all = new ArrayList<>();
        for (String t : texts) {
            all.add(new Secret(0, "opgegeven", t, false));
        }
        for (int page : scannedPages) {
            for (String t : texts) {
                all.add(new Secret(page, "opgegeven", t, true));
            }
        }
        List<BoxOnPage> drawn = boxes == null ? List.of()
                : BoxesFile.read(boxes).stream().map(b -> new BoxOnPage(b.page(), b.box())).toList();
        DetectionCheck detection = noDetection ? null
                : new DetectionCheck(Regime.parse(regime, "regime"), names, new java.util.HashSet<>(keep));
        DocumentVerdict verdict = new VerifyingRedaction().check(pdf.getFileName().toString(), pdf, all, drawn, detection);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(out, verdict);
        } else {
            print(out, verdict);
        }
        return verdict.passed() ? 0 : 1;
    }

    static void print(PrintWriter out, DocumentVerdict verdict) {
        out.println("Controle " + verdict.document() + ": " + String.join(", ", verdict.checks()));
        if (verdict.passed()) {
            out.println("Geslaagd: niets van de " + verdict.secrets() + " weggelakte gegevens teruggevonden.");
        } else {
            out.println("AFGEKEURD:");
            for (Leak l : verdict.leaks()) {
                out.println("  " + l.describe());
            }
        }
        out.flush();
    }
}
