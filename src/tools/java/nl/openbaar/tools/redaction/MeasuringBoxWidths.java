package nl.openbaar.tools.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.model.BoxWidths;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Secret;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * How much a redaction box's width tells about the name under it (Bland, Iyer and Levchenko, PETS 2023): the same
 * sentence on a generated letter page with N invented names (first names and surnames from detection's name lists),
 * each redacted, each result rendered by poppler; distinct rendered pages (SHA-256 of the pixels) give the bits leaked,
 * log2(distinct). Also counted: distinct displacements written in the content stream (the TJ numbers of the redacted
 * line) and distinct box widths. Run with exact widths (before) and with width classes (after).
 */
public final class MeasuringBoxWidths {

    /** Where the sentence stands on the page. */
    public enum Placement {
        /** A ragged line of a left-aligned paragraph with room to its right. */
        PARAGRAPH,
        /**
         * The sentence goes on until, with a name of 8 em, it would end at the right margin (the left one mirrored):
         * a box rounded up to 16 em does not fit there, so it is rounded down.
         */
        AT_MARGIN
    }

    public record ModeResult(String widths, int names, int distinctPages, double bitsLeaked, int distinctDisplacements,
            int distinctBoxWidths, int distinctContentStreams, Map<String, Integer> boxWidths, int widthClassed,
            int gateChecked, int gatePassed) {
    }

    public record Report(int names, long seed, String placement, int dpi, double nameWidthMinEm, double nameWidthMaxEm,
            double exactBitsUpperBound, List<ModeResult> modes, List<String> examples) {
    }

    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 11f;
    private static final float LEFT = 72f;
    private static final float TOP = 720f;
    private static final float LEADING = 15f;
    static final String BEFORE = "Het verzoek is ingediend door ";
    static final String AFTER = " namens de bewonersvereniging.";
    private static final String[] PARAGRAPH = {
        "Geachte heer, mevrouw,",
        "",
        "Bij brief van 3 november 2026 heeft u een verzoek gedaan op grond van de Wet open overheid",
        "over de herinrichting van het Stationsplein. In deze brief leest u het besluit op dat verzoek.",
        null, // the sentence
        "Het college heeft de documenten beoordeeld en maakt ze gedeeltelijk openbaar; wat niet",
        "openbaar wordt, is weggelakt met de grond die daarvoor geldt.",
    };

    private final long seed;
    private final int dpi;
    private final boolean verify;
    private final Placement placement;

    public MeasuringBoxWidths(long seed, int dpi, boolean verify, Placement placement) {
        this.seed = seed;
        this.dpi = dpi;
        this.verify = verify;
        this.placement = placement;
    }

    public Report run(int count, Path work) throws IOException {
        List<String> names = names(count);
        double minEm = Double.MAX_VALUE;
        double maxEm = 0;
        Set<Long> exactWidths = new LinkedHashSet<>();
        for (String n : names) {
            double em = width(n) / SIZE;
            minEm = Math.min(minEm, em);
            maxEm = Math.max(maxEm, em);
            exactWidths.add(Math.round(width(n) * 100));
        }
        List<ModeResult> modes = new ArrayList<>();
        for (BoxWidths w : BoxWidths.values()) {
            modes.add(measure(names, w, work));
        }
        return new Report(names.size(), seed, placement.name().toLowerCase(Locale.ROOT).replace('_', '-'), dpi, minEm, maxEm,
                log2(exactWidths.size()), modes, names.subList(0, Math.min(5, names.size())));
    }

    private ModeResult measure(List<String> names, BoxWidths widths, Path work) throws IOException {
        RedactingPdf redacting = new RedactingPdf(widths);
        VerifyingRedaction gate = new VerifyingRedaction();
        Set<String> pages = new LinkedHashSet<>();
        Set<String> displacements = new LinkedHashSet<>();
        Set<String> streams = new LinkedHashSet<>();
        Map<String, Integer> boxWidths = new TreeMap<>();
        int classed = 0;
        int checked = 0;
        int passed = 0;
        String tag = widths.name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Path in = work.resolve("naam-" + i + ".pdf");
            Box box = page(name, in);
            Path out = work.resolve("naam-" + i + "-" + tag + ".pdf");
            RedactionOutcome outcome = redacting.redact(in, List.of(new RedactionBox(1, box, "5.1.2e", "naam")), out);
            classed += outcome.widthClassed();
            outcome.drawn().forEach(d -> boxWidths.merge(String.format(Locale.ROOT, "%.1f", d.box().width() + 2), 1, Integer::sum));
            pages.add(renderHash(out, work.resolve("render-" + i + "-" + tag)));
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                byte[] content = doc.getPage(0).getContents().readAllBytes();
                streams.add(sha256(content));
                displacements.add(displacements(content).toString());
            }
            if (verify && widths == BoxWidths.CLASSES) {
                DocumentVerdict v = gate.check(out.getFileName().toString(), out, List.of(new Secret(1, "naam", name, false)),
                        outcome.drawn().stream().map(d -> new BoxOnPage(d.page(), d.box())).toList());
                checked++;
                if (v.passed()) {
                    passed++;
                }
            }
        }
        return new ModeResult(tag, names.size(), pages.size(), log2(pages.size()), displacements.size(), boxWidths.size(),
                streams.size(), boxWidths, classed, checked, passed);
    }

    /** Distinct invented names: a first name and a surname (with its interfix) from detection's lists, Helvetica-encodable. */
    List<String> names(int count) throws IOException {
        List<String> first = new ArrayList<>();
        for (String s : lines("first-names.txt")) {
            if (s.length() >= 2) {
                first.add(capitalise(s));
            }
        }
        List<String> surnames = new ArrayList<>();
        for (String line : lines("surnames-top1000.tsv")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("name")) {
                surnames.add(line.substring(0, tab));
            }
        }
        Random random = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        int tries = 0;
        while (out.size() < count && tries++ < count * 100) {
            String name = first.get(random.nextInt(first.size())) + " " + surnames.get(random.nextInt(surnames.size()));
            if (encodable(name)) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    /** Writes the letter page with the name in the sentence; returns the name's box (points, top left, y down). */
    Box page(String name, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            float y = TOP;
            float sentenceY = 0;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (String line : PARAGRAPH) {
                    String text = line == null ? BEFORE + name + AFTER + tail() : line;
                    if (line == null) {
                        sentenceY = y;
                    }
                    if (!text.isEmpty()) {
                        cs.beginText();
                        cs.setFont(FONT, SIZE);
                        cs.newLineAtOffset(LEFT, y);
                        cs.showText(text);
                        cs.endText();
                    }
                    y -= LEADING;
                }
            }
            doc.save(file.toFile());
            float ascent = FONT.getFontDescriptor().getAscent() / 1000f * SIZE;
            float descent = FONT.getFontDescriptor().getDescent() / 1000f * SIZE;
            double x = LEFT + width(BEFORE);
            return new Box(x, height - sentenceY - ascent, width(name), ascent - descent);
        }
    }

    /** What follows the sentence on its line (nothing for a paragraph line with room). */
    private String tail() throws IOException {
        if (placement != Placement.AT_MARGIN) {
            return "";
        }
        double room = PDRectangle.A4.getWidth() - 2 * LEFT - width(BEFORE + AFTER + " ") - 8 * SIZE;
        return " " + filler(room);
    }

    /** Words up to a width just under {@code target}. */
    private static String filler(double target) throws IOException {
        String[] words = "de documenten zijn beoordeeld en waar nodig weggelakt met de grond die voor elk deel geldt en het besluit".split(" ");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String next = sb.isEmpty() ? w : sb + " " + w;
            if (width(next) > target) {
                break;
            }
            sb.setLength(0);
            sb.append(next);
        }
        return sb.toString();
    }

    private String renderHash(Path pdf, Path prefix) throws IOException {
        Process p = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-gray", "-singlefile", pdf.toString(), prefix.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("pdftoppm faalde op " + pdf.getFileName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        }
        Path image = prefix.resolveSibling(prefix.getFileName() + ".pgm");
        String hash = sha256(Files.readAllBytes(image));
        Files.delete(image);
        return hash;
    }

    /** The numbers of every TJ array on the page, in order: the displacements the engine wrote and the kerning kept. */
    static List<Float> displacements(byte[] content) throws IOException {
        List<Float> out = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(content);
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                if ("TJ".equals(op.getName()) && !operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSArray a) {
                    for (COSBase e : a) {
                        if (e instanceof COSNumber n) {
                            out.add(n.floatValue());
                        }
                    }
                }
                operands.clear();
            } else if (token instanceof COSBase b) {
                operands.add(b);
            }
        }
        return out;
    }

    private static double width(String s) throws IOException {
        return FONT.getStringWidth(s) / 1000 * SIZE;
    }

    private static boolean encodable(String s) {
        try {
            FONT.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static double log2(int n) {
        return n <= 1 ? 0 : Math.log(n) / Math.log(2);
    }

    private static String capitalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == ' ';
        }
        return sb.toString();
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = MeasuringBoxWidths.class.getResourceAsStream("/nl/openbaar/detection/lexicon/" + name)) {
            if (in == null) {
                throw new IOException("missing from the class path: " + name);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        out.add(line.strip());
                    }
                }
            }
            return out;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For printing: the report's modes by name. */
    public static Map<String, ModeResult> byMode(Report r) {
        Map<String, ModeResult> m = new LinkedHashMap<>();
        r.modes().forEach(x -> m.put(x.widths(), x));
        return m;
    }
}
