package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.redaction.BoxesFile;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Secret;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar redact IN.pdf --boxes BOXES.json --out OUT.pdf [--secret TEXT …] [--no-verify] [--json]}: one PDF
 * redacted, then checked by the verification gate (the removed text and any --secret may not be found). Exit 0 only
 * when the gate passed. Needs no database.
 */
@Command(name = "redact", description = "Lak een PDF weg onder de opgegeven vlakken en controleer het resultaat.")
public class RedactCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PDF")
    Path in;

    @Option(names = "--boxes", required = true, description = "JSON-lijst met vlakken: page, x, y, width, height (punten, linksboven), ground, category")
    Path boxes;

    @Option(names = "--out", required = true, description = "het weggelakte bestand")
    Path out;

    @Option(names = "--secret", description = "tekst die nergens meer mag voorkomen (herhaalbaar); de weggehaalde tekst wordt altijd gezocht")
    List<String> secrets = new ArrayList<>();

    @Option(names = "--scanned-page", description = "pagina waarvan een afbeelding is weggelakt: wordt met OCR gecontroleerd (herhaalbaar)")
    List<Integer> scannedPages = new ArrayList<>();

    @Option(names = "--password", description = "wachtwoord van een beveiligd origineel (het resultaat is nooit beveiligd)")
    String password;

    @Option(names = "--no-verify", description = "sla de controle over (het bestand is dan niet gecontroleerd)")
    boolean noVerify;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new InvalidInputException("out", "schrijf naar een ander bestand dan het origineel");
        }
        List<RedactionBox> list = BoxesFile.read(boxes);
        RedactionOutcome outcome = new RedactingPdf().redact(in, password, list, out);
        DocumentVerdict verdict = null;
        if (!noVerify) {
            List<Secret> all = new ArrayList<>();
            outcome.removedText().forEach(r -> all.add(new Secret(r.page(), r.category(), r.text(), scannedPages.contains(r.page()))));
            secrets.forEach(s -> all.add(new Secret(0, "opgegeven", s, false)));
            // text burned out of a scan is only known to the caller: read those pages back with OCR
            for (int page : scannedPages) {
                secrets.forEach(s -> all.add(new Secret(page, "opgegeven", s, true)));
            }
            List<BoxOnPage> drawn = outcome.drawn().stream().map(b -> new BoxOnPage(b.page(), b.box())).toList();
            verdict = new VerifyingRedaction().check(out.getFileName().toString(), out, all, drawn);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pages", outcome.pages());
            m.put("boxes", outcome.boxes());
            m.put("glyphsRemoved", outcome.glyphsRemoved());
            m.put("hiddenGlyphsRemoved", outcome.hiddenGlyphsRemoved());
            m.put("imagesBurned", outcome.imagesBurned());
            m.put("pathsRemoved", outcome.pathsRemoved());
            m.put("stripped", outcome.stripped());
            if (verdict != null) {
                m.put("verification", verdict);
            }
            Cli.printJson(o, m);
        } else {
            o.printf("%s: %d pagina's, %d vlakken, %d tekens weggehaald, %d afbeeldingen bewerkt, %d vormen verwijderd%n",
                    out, outcome.pages(), outcome.boxes(), outcome.glyphsRemoved(), outcome.imagesBurned(), outcome.pathsRemoved());
            if (outcome.hiddenGlyphsRemoved() > 0) {
                o.printf("Onzichtbare tekst verwijderd: %d tekens%n", outcome.hiddenGlyphsRemoved());
            }
            if (!outcome.stripped().isEmpty()) {
                o.println("Verwijderd uit het bestand: " + String.join(", ", outcome.stripped()));
            }
            if (verdict != null) {
                VerifyCommand.print(o, verdict);
            }
            o.flush();
        }
        return verdict == null || verdict.passed() ? 0 : 1;
    }
}
