package nl.openbaar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.letter.EditingLetterTexts;
import nl.openbaar.letter.LetterTexts;
import nl.openbaar.letter.RecordingSearch;
import nl.openbaar.letter.WritingLetter;
import nl.openbaar.letter.WritingPublicationFiles;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterType;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar letter --case K --type decision|acknowledgement|extension|forwarding|views [--out FILE]}: writes a
 * letter of a request as PDF (PDF/A-2a + PDF/UA-1), DOCX or text. Subcommands edit the texts, record the search and
 * write the publication files.
 */
@Command(name = "letter", description = "Brieven en het besluit schrijven: ontvangstbevestiging, verdaging, doorzending, zienswijze, besluit.",
        subcommands = {LetterCommand.Texts.class, LetterCommand.Search.class, LetterCommand.Publish.class})
public class LetterCommand implements Callable<Integer> {

    @Option(names = "--case", description = "kenmerk van het verzoek")
    String kenmerk;
    @Option(names = "--type", description = "decision, acknowledgement, extension, forwarding of views")
    String type;
    @Option(names = "--out", description = "bestand; standaard <soort>-<kenmerk>.<formaat> in de huidige map")
    Path out;
    @Option(names = "--format", description = "pdf, docx of txt; standaard naar de extensie van --out, anders pdf")
    String format;
    @Option(names = "--published", description = "de versie voor publicatie: zonder naam, adres en contactgegevens van de verzoeker")
    boolean published;
    @Option(names = "--date", description = "datum van de brief; standaard de datum van de stap (of vandaag)")
    LocalDate date;
    @Option(names = "--json")
    boolean json;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (kenmerk == null && type == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        if (kenmerk == null || kenmerk.isBlank()) {
            throw new InvalidInputException("--case", "noem het kenmerk van het verzoek");
        }
        LetterType t = LetterType.parse(type == null ? "decision" : type);
        WritingLetter.Format f = format(format, out);
        Path target = out != null ? out : Path.of(t.dutch() + "-" + kenmerk.replaceAll("[^A-Za-z0-9._-]", "-")
                + (published ? "-openbaar" : "") + "." + f.name().toLowerCase(Locale.ROOT));
        WritingLetter writing = Cli.bean(WritingLetter.class);
        Letter letter = writing.letter(kenmerk, t, date, published);
        byte[] bytes = writing.render(letter, f);
        write(target, bytes);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", target.toString());
            result.put("type", t.code());
            result.put("format", f.name().toLowerCase(Locale.ROOT));
            result.put("published", published);
            result.put("sections", letter.outline());
            result.put("warnings", letter.warnings());
            result.put("bytes", bytes.length);
            Cli.printJson(o, result);
        } else {
            o.println(t.label() + " " + kenmerk + " → " + target + " (" + bytes.length + " bytes)");
            letter.warnings().forEach(w -> o.println("  Let op: " + w));
            o.flush();
        }
        return 0;
    }

    static WritingLetter.Format format(String format, Path out) {
        String f = format;
        if (f == null && out != null) {
            String name = out.getFileName().toString();
            int dot = name.lastIndexOf('.');
            f = dot < 0 ? "pdf" : name.substring(dot + 1);
        }
        if (f == null) {
            return WritingLetter.Format.PDF;
        }
        return switch (f.toLowerCase(Locale.ROOT)) {
            case "pdf" -> WritingLetter.Format.PDF;
            case "docx", "word" -> WritingLetter.Format.DOCX;
            case "txt", "text", "tekst" -> WritingLetter.Format.TXT;
            default -> throw new InvalidInputException("--format", "onbekend formaat '" + f + "': kies pdf, docx of txt");
        };
    }

    static void write(Path target, byte[] bytes) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Command(name = "texts", description = "De teksten van de brieven: tonen en aanpassen (voor alle zaken of één zaak).",
            subcommands = {Texts.ListTexts.class, Texts.Show.class, Texts.Set.class, Texts.Reset.class, Texts.Export.class})
    static class Texts implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        static TextCatalogue catalogue(String kenmerk) {
            LetterTexts texts = Cli.bean(LetterTexts.class);
            return kenmerk == null ? texts.general() : texts.forCase(Cli.bean(FindingRequests.class).get(kenmerk).verzoek().id());
        }

        @Command(name = "list", description = "Alle sleutels met de herkomst van de tekst die geldt.")
        static class ListTexts implements Callable<Integer> {
            @Option(names = "--case")
            String kenmerk;
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() {
                TextCatalogue c = catalogue(kenmerk);
                PrintWriter o = spec.commandLine().getOut();
                for (String key : c.keys()) {
                    o.printf("%-48s %s%n", key, c.origin(key));
                }
                o.flush();
                return 0;
            }
        }

        @Command(name = "show", description = "Eén tekst zoals die nu geldt.")
        static class Show implements Callable<Integer> {
            @Parameters(index = "0", paramLabel = "SLEUTEL")
            String key;
            @Option(names = "--case")
            String kenmerk;
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() {
                TextCatalogue c = catalogue(kenmerk);
                String text = c.raw(key);
                if (text == null) {
                    throw new InvalidInputException("sleutel", "geen tekst [" + key + "]");
                }
                spec.commandLine().getOut().println("[" + key + "]  (" + c.origin(key) + ")\n" + text);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }

        @Command(name = "set", description = "Een tekst aanpassen, voor alle zaken of met --case voor één zaak.")
        static class Set implements Callable<Integer> {
            @Parameters(index = "0", paramLabel = "SLEUTEL")
            String key;
            @Option(names = "--text")
            String text;
            @Option(names = "--file", description = "de tekst uit een bestand (UTF-8)")
            Path file;
            @Option(names = "--regime", description = "woo of wob; standaard beide")
            String regime;
            @Option(names = "--case")
            String kenmerk;
            @Option(names = "--user", defaultValue = "cli")
            String user;
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws IOException {
                String body = file != null ? Files.readString(file, StandardCharsets.UTF_8) : text;
                if (body == null) {
                    throw new InvalidInputException("--text", "geef --text of --file");
                }
                EditingLetterTexts editing = Cli.bean(EditingLetterTexts.class);
                if (kenmerk != null) {
                    editing.setForCase(kenmerk, key, body, user);
                } else {
                    editing.set(key, regime, body, user);
                }
                spec.commandLine().getOut().println("[" + key + "] opgeslagen" + (kenmerk != null ? " voor " + kenmerk : ""));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }

        @Command(name = "reset", description = "Terug naar de standaardtekst (of de tekst voor alle zaken).")
        static class Reset implements Callable<Integer> {
            @Parameters(index = "0", paramLabel = "SLEUTEL")
            String key;
            @Option(names = "--regime")
            String regime;
            @Option(names = "--case")
            String kenmerk;
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() {
                EditingLetterTexts editing = Cli.bean(EditingLetterTexts.class);
                boolean removed = kenmerk != null ? editing.resetForCase(kenmerk, key) : editing.reset(key, regime);
                spec.commandLine().getOut().println(removed ? "[" + key + "] teruggezet" : "[" + key + "] was niet aangepast");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }

        @Command(name = "export", description = "Schrijf de standaardteksten naar een map, als begin voor eigen teksten in <datamap>/brieven.")
        static class Export implements Callable<Integer> {
            @Parameters(index = "0", paramLabel = "MAP")
            Path dir;
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws IOException {
                Files.createDirectories(dir);
                for (String name : DefaultTexts.FILES) {
                    Files.writeString(dir.resolve(name + ".txt"), DefaultTexts.file(name), StandardCharsets.UTF_8);
                }
                spec.commandLine().getOut().println(DefaultTexts.FILES.size() + " bestanden geschreven naar " + dir);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(name = "search", description = "Leg de zoekslag vast die het besluit vermeldt: zoektermen, bronnen en periode.")
    static class Search implements Callable<Integer> {
        @Option(names = "--case", required = true)
        String kenmerk;
        @Option(names = "--term", required = true, description = "een zoekterm (herhaalbaar)")
        List<String> terms = new ArrayList<>();
        @Option(names = "--source", description = "waar is gezocht (herhaalbaar)")
        List<String> sources = new ArrayList<>();
        @Option(names = "--from")
        LocalDate from;
        @Option(names = "--to")
        LocalDate to;
        @Option(names = "--searched-on")
        LocalDate searchedOn;
        @Option(names = "--user", defaultValue = "cli")
        String user;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Zoekslag z = Cli.bean(RecordingSearch.class).record(kenmerk, terms, sources, from, to, searchedOn, user);
            spec.commandLine().getOut().println("Zoekslag vastgelegd: " + z.terms().size() + " zoektermen");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "publish", description = "Schrijf besluit.pdf (geanonimiseerd) en inventaris.xlsx|pdf|csv in een map.")
    static class Publish implements Callable<Integer> {
        @Option(names = "--case", required = true)
        String kenmerk;
        @Option(names = "--out", required = true)
        Path out;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Path> files = Cli.bean(WritingPublicationFiles.class).write(kenmerk, out);
            files.forEach(f -> spec.commandLine().getOut().println(f));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
