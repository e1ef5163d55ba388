package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.redaction.BoxesFile;
import nl.openbaar.pipeline.RedactingWithFallback;
import nl.openbaar.redaction.RasterisingPages;
import nl.openbaar.redaction.model.RasterisedPage;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.verification.model.DocumentVerdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar redact IN.pdf --boxes BOXES.json --out OUT.pdf [--secret TEXT …] [--no-verify] [--json]}: one PDF
 * redacted, then checked by the verification gate (the removed text and any --secret may not be found). Where the gate cannot prove a page clean,
 * that page is published as an image (see {@link RedactingWithFallback}). Exit 0 only when the gate passed. Needs no database.
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

    @Option(names = "--rasterise", description = "pagina die als afbeelding wordt gepubliceerd (vlakken in de pixels, tekstlaag uit OCR; herhaalbaar)")
    List<Integer> rasterise = new ArrayList<>();

    @Option(names = "--no-fallback", description = "geen automatische terugval op een afbeelding: weiger waar weglakken op tekenniveau niet bewezen schoon is")
    boolean noFallback;

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
        RedactingWithFallback.Result result = new RedactingWithFallback().redact(new RedactingWithFallback.Request(in, password, list, out,
                secrets, scannedPages, new java.util.TreeSet<>(rasterise), !noFallback, !noVerify));
        RedactionOutcome outcome = result.outcome();
        DocumentVerdict verdict = result.verdict();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("result", result.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (outcome != null) {
                m.put("pages", outcome.pages());
                m.put("boxes", outcome.boxes());
                m.put("glyphsRemoved", outcome.glyphsRemoved());
                m.put("hiddenGlyphsRemoved", outcome.hiddenGlyphsRemoved());
                m.put("imagesBurned", outcome.imagesBurned());
                m.put("pathsRemoved", outcome.pathsRemoved());
                m.put("stripped", outcome.stripped());
            } else {
                m.put("engineFailure", result.engineFailure());
            }
            m.put("rasterised", result.rasterised());
            if (result.glyphLevelVerdict() != null && result.glyphLevelVerdict() != verdict) {
                m.put("glyphLevelVerification", result.glyphLevelVerdict());
            }
            if (verdict != null) {
                m.put("verification", verdict);
            }
            Cli.printJson(o, m);
        } else {
            if (outcome != null) {
                o.printf("%s: %d pagina's, %d vlakken, %d tekens weggehaald, %d afbeeldingen bewerkt, %d vormen verwijderd%n",
                        out, outcome.pages(), outcome.boxes(), outcome.glyphsRemoved(), outcome.imagesBurned(), outcome.pathsRemoved());
                if (outcome.hiddenGlyphsRemoved() > 0) {
                    o.printf("Onzichtbare tekst verwijderd: %d tekens%n", outcome.hiddenGlyphsRemoved());
                }
                if (!outcome.stripped().isEmpty()) {
                    o.println("Verwijderd uit het bestand: " + String.join(", ", outcome.stripped()));
                }
            } else {
                o.println("Weglakken op tekenniveau lukte niet (" + result.engineFailure() + ")");
            }
            for (RasterisedPage r : result.rasterised()) {
                o.printf("Pagina %d als afbeelding gepubliceerd (%d dpi, vlakken in de pixels, tekstlaag uit OCR): %s%n",
                        r.page(), RasterisingPages.DPI, String.join("; ", r.reasons()));
            }
            if (verdict != null) {
                VerifyCommand.print(o, verdict);
            }
            o.flush();
        }
        return verdict == null || verdict.passed() ? 0 : 1;
    }
}
