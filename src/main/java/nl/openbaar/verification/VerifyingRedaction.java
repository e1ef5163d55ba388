package nl.openbaar.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.PageArea;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.verification.internal.ExtractedWords;
import nl.openbaar.verification.model.DetectionCheck;
import nl.openbaar.verification.internal.ImageArea;
import nl.openbaar.verification.internal.PdfStrings;
import nl.openbaar.verification.internal.Pgm;
import nl.openbaar.verification.internal.QdfObjects;
import nl.openbaar.verification.internal.SecretMatcher;
import nl.openbaar.verification.internal.Tool;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Leak;
import nl.openbaar.verification.model.Secret;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The leak gate: checks one redacted PDF with extractors that share no code with the redaction engine, before it
 * may be published. None of the redacted texts may be found by poppler's pdftotext, by PDFBox's text extraction,
 * in any decompressed stream or string of the file (qpdf), or in its metadata (pdfinfo); the file must have a
 * single revision and no scripts, attachments, annotations, form fields, layers or alternative texts; every box must
 * be opaque when poppler renders the page; pages where text was burned out of an image are read back with
 * tesseract. A check that cannot run fails the document: the gate never passes what it could not look at.
 */
public class VerifyingRedaction {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "/(JavaScript|JS|EmbeddedFiles?|Launch|OpenAction|AA|AcroForm|Annots|OCProperties|ActualText|RichMedia|XFA|Alt|PieceInfo)(?![A-Za-z0-9])");
    private static final int OPACITY_DPI = 50;
    private static final int OCR_DPI = 300;
    /** Images covering at least this share of a page are read back with OCR. */
    private static final double MIN_IMAGE_SHARE = 0.03;

    public DocumentVerdict check(String document, Path pdf, List<Secret> secrets, List<BoxOnPage> boxes) {
        return check(document, pdf, secrets, boxes, null);
    }

    /**
     * As {@link #check(String, Path, List, List)}, and with {@code detection} the gate also looks for itself: detection
     * runs over poppler's words of every page (tesseract's for page images) and a sure finding refuses the file with its
     * page and place, whether or not anybody redacted it.
     */
    public DocumentVerdict check(String document, Path pdf, List<Secret> secrets, List<BoxOnPage> boxes, DetectionCheck detection) {
        Set<Leak> leaks = new LinkedHashSet<>();
        List<String> checks = new ArrayList<>();
        SecretMatcher matcher = new SecretMatcher(secrets);
        int pages = 0;
        try {
            byte[] file = Files.readAllBytes(pdf);
            Set<Integer> withImages = new java.util.TreeSet<>();
            pages = pdfbox(document, pdf, matcher, leaks, withImages);
            checks.add("pdfbox-tekst");
            pdftotext(document, pdf, matcher, leaks);
            checks.add("pdftotext");
            structure(document, file, leaks);
            checks.add("één revisie");
            qpdf(document, pdf, matcher, leaks);
            asStored(document, file, matcher, leaks);
            checks.add("bestandsinhoud (qpdf)");
            metadata(document, pdf, matcher, leaks);
            checks.add("metadata (pdfinfo)");
            if (!boxes.isEmpty()) {
                opacity(document, pdf, boxes, leaks);
                checks.add("dekking van " + boxes.size() + " vlakken (pdftoppm)");
            }
            // pages where text was burned out of a scan, and every page showing a sizeable image: a screenshot of an
            // e-mail in a memo carries the same name as the text the boxes covered
            Set<Integer> scanned = new java.util.TreeSet<>(withImages);
            secrets.stream().filter(Secret::inImage).forEach(s -> scanned.add(s.page()));
            Map<Integer, PageLayout> read = new TreeMap<>();
            if (!scanned.isEmpty()) {
                read = ocr(document, pdf, scanned, secrets, leaks);
                checks.add("ocr van " + scanned.size() + " pagina's (tesseract)");
            }
            if (detection != null) {
                detect(document, pdf, detection, read, boxes, leaks);
                checks.add("detectie op de tekst van pdftotext" + (read.isEmpty() ? "" : " en tesseract"));
            }
        } catch (IOException | RuntimeException e) {
            leaks.add(new Leak(document, 0, "controle", "fout", "controle kon niet worden uitgevoerd: " + e.getMessage()));
        }
        return new DocumentVerdict(document, pages, matcher.size(), checks, new ArrayList<>(leaks));
    }

    /**
     * For a file someone hands the gate (the verify command): one it cannot open at all is bad input, not a finding.
     * A missing file, no PDF, or one locked with a password nobody gave.
     */
    public static void requireReadable(Path pdf) {
        if (!Files.isRegularFile(pdf)) {
            throw new InvalidInputException("pdf", "bestand niet gevonden: " + pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            doc.getNumberOfPages();
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("pdf", pdf.getFileName() + " is met een wachtwoord beveiligd; een beveiligd bestand kan niet"
                    + " worden gecontroleerd en mag zo niet worden gepubliceerd");
        } catch (IOException e) {
            throw new InvalidInputException("pdf", pdf.getFileName() + " is geen leesbare PDF (" + e.getMessage() + ")");
        }
    }

    /** A published text file (an inventory as CSV): none of the redacted texts may be in it. */
    public DocumentVerdict checkText(String document, String text, List<Secret> secrets) {
        SecretMatcher matcher = new SecretMatcher(secrets);
        List<Leak> leaks = new ArrayList<>();
        for (Secret s : matcher.foundIn(text)) {
            leaks.add(new Leak(document, 0, s.category(), "tekst", null));
        }
        return new DocumentVerdict(document, 0, matcher.size(), List.of("tekst"), leaks);
    }

    private static int pdfbox(String document, Path pdf, SecretMatcher matcher, Set<Leak> leaks, Set<Integer> withImages)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int n = 0;
            for (var page : doc.getPages()) {
                n++;
                if (ImageArea.of(page) >= MIN_IMAGE_SHARE) {
                    withImages.add(n);
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            String[] pages = stripper.getText(doc).split("\f", -1);
            for (int i = 0; i < pages.length; i++) {
                for (Secret s : matcher.foundIn(pages[i])) {
                    leaks.add(new Leak(document, i + 1, s.category(), "pdfbox", null));
                }
            }
            return doc.getNumberOfPages();
        }
    }

    private static void pdftotext(String document, Path pdf, SecretMatcher matcher, Set<Leak> leaks) throws IOException {
        String text = new String(Tool.run("poppler-utils", List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")), StandardCharsets.UTF_8);
        String[] pages = text.split("\f", -1);
        for (int i = 0; i < pages.length; i++) {
            for (Secret s : matcher.foundIn(pages[i])) {
                leaks.add(new Leak(document, i + 1, s.category(), "pdftotext", null));
            }
        }
    }

    private static void structure(String document, byte[] file, Set<Leak> leaks) {
        String raw = new String(file, StandardCharsets.ISO_8859_1);
        int revisions = count(raw, "%%EOF");
        if (revisions != 1) {
            leaks.add(new Leak(document, 0, "vorige versie", "structuur", revisions + " revisies in het bestand"));
        }
    }

    private static void qpdf(String document, Path pdf, SecretMatcher matcher, Set<Leak> leaks) throws IOException {
        Path qdf = Files.createTempFile("openbaar-qdf", ".pdf");
        try {
            Tool.run("qpdf", List.of("qpdf", "--qdf", "--object-streams=disable", pdf.toString(), qdf.toString()));
            byte[] bytes = QdfObjects.textual(Files.readAllBytes(qdf));
            String raw = new String(bytes, StandardCharsets.ISO_8859_1);
            for (Secret s : matcher.forFileSyntax().foundIn(raw)) {
                leaks.add(new Leak(document, s.page(), s.category(), "bestandsinhoud", "in de ruwe bytes"));
            }
            for (Secret s : matcher.foundIn(PdfStrings.decode(bytes))) {
                leaks.add(new Leak(document, s.page(), s.category(), "bestandsinhoud", "in een tekenreeks van het bestand"));
            }
            Matcher m = FORBIDDEN.matcher(raw);
            Set<String> found = new java.util.TreeSet<>();
            while (m.find()) {
                found.add(m.group(1));
            }
            for (String key : found) {
                leaks.add(new Leak(document, 0, "verborgen inhoud", "structuur", "/" + key + " aanwezig"));
            }
        } finally {
            Files.deleteIfExists(qdf);
        }
    }

    /** The file as stored, every revision included: what an incremental update left behind. */
    private static void asStored(String document, byte[] file, SecretMatcher matcher, Set<Leak> leaks) {
        byte[] text = QdfObjects.textual(file, true);
        List<Secret> found = new ArrayList<>(matcher.forFileSyntax().foundIn(new String(text, StandardCharsets.ISO_8859_1)));
        found.addAll(matcher.foundIn(PdfStrings.decode(text)));
        for (Secret s : found) {
            leaks.add(new Leak(document, s.page(), s.category(), "bestandsinhoud", "in het opgeslagen bestand"));
        }
    }

    private static void metadata(String document, Path pdf, SecretMatcher matcher, Set<Leak> leaks) throws IOException {
        String info = new String(Tool.run("poppler-utils", List.of("pdfinfo", "-enc", "UTF-8", pdf.toString())), StandardCharsets.UTF_8);
        String xmp = new String(Tool.run("poppler-utils", List.of("pdfinfo", "-meta", pdf.toString())), StandardCharsets.UTF_8);
        for (Secret s : matcher.foundIn(info + "\n" + xmp)) {
            leaks.add(new Leak(document, s.page(), s.category(), "metadata", null));
        }
    }

    /** Renders the pages with boxes and checks that each box is dark: drawn over, not left see-through. */
    private static void opacity(String document, Path pdf, List<BoxOnPage> boxes, Set<Leak> leaks) throws IOException {
        Map<Integer, List<Box>> perPage = new TreeMap<>();
        for (BoxOnPage b : boxes) {
            perPage.computeIfAbsent(b.page(), p -> new ArrayList<>()).add(b.box());
        }
        Path dir = Files.createTempDirectory("openbaar-render");
        try {
            int first = perPage.keySet().iterator().next();
            int last = ((TreeMap<Integer, List<Box>>) perPage).lastKey();
            // one poppler run over the range: starting it per page would re-read the whole file each time
            Tool.run("poppler-utils", List.of("pdftoppm", "-r", "" + OPACITY_DPI, "-gray",
                    "-f", "" + first, "-l", "" + last, pdf.toString(), dir.resolve("p").toString()));
            Map<Integer, Path> rendered = new TreeMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Matcher m = Pattern.compile("p-0*(\\d+)\\.pgm").matcher(f.getFileName().toString());
                    if (m.matches()) {
                        rendered.put(Integer.parseInt(m.group(1)), f);
                    }
                }
            }
            double scale = OPACITY_DPI / 72.0;
            for (Map.Entry<Integer, List<Box>> e : perPage.entrySet()) {
                int page = e.getKey();
                Path png = rendered.get(page);
                if (png == null) {
                    throw new IOException("pagina " + page + " kon niet worden weergegeven");
                }
                Pgm image = Pgm.read(png);
                for (Box box : e.getValue()) {
                    if (box.width() * scale < 3 || box.height() * scale < 3) {
                        continue; // too small to judge at this resolution; the text checks still cover it
                    }
                    double dark = darkFraction(image, box, scale);
                    if (dark < 0.4) {
                        leaks.add(new Leak(document, page, "zwartvlak", "dekking",
                                String.format(java.util.Locale.ROOT, "vlak bij (%.0f, %.0f) is maar voor %.0f%% dekkend", box.x(), box.y(), dark * 100)));
                    }
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static double darkFraction(Pgm image, Box box, double scale) {
        double insetX = box.width() * 0.2;
        double insetY = box.height() * 0.2;
        int x0 = (int) Math.ceil((box.x() + insetX) * scale);
        int y0 = (int) Math.ceil((box.y() + insetY) * scale);
        int x1 = (int) Math.floor((box.right() - insetX) * scale);
        int y1 = (int) Math.floor((box.bottom() - insetY) * scale);
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(image.width(), Math.max(x1, x0 + 1));
        y1 = Math.min(image.height(), Math.max(y1, y0 + 1));
        int dark = 0;
        int all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (image.grey(x, y) < 100) {
                    dark++;
                }
            }
        }
        return all == 0 ? 1 : (double) dark / all;
    }

    /** Reads the pages back with tesseract and looks for the secrets in what it recognised; returns its words per page. */
    private static Map<Integer, PageLayout> ocr(String document, Path pdf, Set<Integer> pages, List<Secret> secrets, Set<Leak> leaks)
            throws IOException {
        Map<Integer, PageLayout> read = new TreeMap<>();
        Path dir = Files.createTempDirectory("openbaar-ocr");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            SecretMatcher matcher = new SecretMatcher(secrets);
            for (int page : pages) {
                if (page < 1 || page > doc.getNumberOfPages()) {
                    continue;
                }
                Path prefix = dir.resolve("o" + page);
                Tool.run("poppler-utils", List.of("pdftoppm", "-r", "" + OCR_DPI, "-gray", "-singlefile",
                        "-f", "" + page, "-l", "" + page, pdf.toString(), prefix.toString()));
                var crop = doc.getPage(page - 1).getCropBox();
                int rot = ((doc.getPage(page - 1).getRotation() % 360) + 360) % 360;
                boolean turned = rot == 90 || rot == 270;
                PageLayout layout = ExtractedWords.tesseract(Path.of(prefix + ".pgm"), OCR_DPI, page,
                        turned ? crop.getHeight() : crop.getWidth(), turned ? crop.getWidth() : crop.getHeight());
                read.put(page, layout);
                for (Secret s : matcher.foundInOcr(layout.text())) {
                    leaks.add(new Leak(document, page, s.category(), "ocr", null));
                }
            }
        } finally {
            deleteTree(dir);
        }
        return read;
    }

    /**
     * Detection over the independent extractors' words: poppler's for the text layer, tesseract's where a page was
     * read as an image. Only sure findings refuse the file (what a person still has to judge does not), and never a
     * text a reviewer decided to keep visible.
     */
    private static void detect(String document, Path pdf, DetectionCheck check, Map<Integer, PageLayout> ocr, List<BoxOnPage> boxes,
            Set<Leak> leaks) throws IOException {
        Map<Integer, List<Box>> boxesPerPage = new TreeMap<>();
        boxes.forEach(b -> boxesPerPage.computeIfAbsent(b.page(), p -> new ArrayList<>()).add(b.box()));
        List<PageLayout> pages = new ArrayList<>();
        for (PageLayout p : ExtractedWords.poppler(pdf)) {
            pages.add(withBoxes(ocr.getOrDefault(p.number(), p), boxesPerPage.getOrDefault(p.number(), List.of())));
        }
        if (pages.isEmpty()) {
            return;
        }
        DetectionSettings settings = DetectionSettings.of(check.regime());
        check.knownPeople().forEach(n -> settings.register().addPerson(n, "bekend"));
        Set<String> kept = new java.util.HashSet<>();
        check.keptVisible().forEach(k -> kept.add(plain(k)));
        for (Finding f : DetectingPersonalData.standard().detect(pages, settings).toRedact()) {
            if (kept.contains(plain(f.text()))) {
                continue;
            }
            PageArea at = f.areas().isEmpty() ? null : f.areas().get(0);
            leaks.add(new Leak(document, at == null ? f.page() : at.page(), f.category().labelNl(), "detectie",
                    "nog leesbaar; herkend door " + f.recognizer(), at == null ? null : at.box()));
        }
    }

    /** The ground codes of both regimes, as a box's label shows them ("5.1.2e", "10.2.e", "11.1"). */
    private static final Set<String> GROUND_CODES = groundCodes();

    private static Set<String> groundCodes() {
        Set<String> codes = new java.util.HashSet<>();
        for (nl.openbaar.law.Regime r : nl.openbaar.law.Regime.values()) {
            nl.openbaar.law.RuleBase.standard().grounds(r).forEach(g -> codes.add(g.code()));
        }
        return Set.copyOf(codes);
    }

    /** What the gate reads where a box is: no letter, digit or sign any recognizer takes for part of a value. */
    static final String BOX = "\u2588\u2588\u2588\u2588\u2588\u2588";

    /** The page as {@link #withBoxes} reads it without knowing where the boxes are: only the labels become boxes. */
    static PageLayout withoutBoxLabels(PageLayout page) {
        return withBoxes(page, List.of());
    }

    /**
     * The page with every box read as what it is, one word as wide as the box: a box's printed ground code ("5.1.2e")
     * is the box, not text, and a box without a label (too small for one) still stands between the words beside it.
     * Without this the reading order sees only the gaps a box leaves: it cuts the line there, reads the pieces as
     * columns and joins the domain after a box to the last word of some other line ("camerabeelden" +
     * "@rijksoverheid.nl"), an address nobody wrote. A word that is exactly a ground code is never personal data, inside
     * a box or not. Any other word under a box stays as it is: text the engine failed to remove is still found.
     */
    static PageLayout withBoxes(PageLayout page, List<Box> boxes) {
        List<Box> shown = new ArrayList<>();
        double lineHeight = medianHeight(page);
        for (Box b : boxes) {
            // a box over an image or a whole paragraph stands between no words of one line
            if (b.width() > 0 && b.height() > 0 && b.height() <= 3 * lineHeight) {
                shown.add(b);
            }
        }
        if (shown.isEmpty() && page.words().stream().noneMatch(w -> GROUND_CODES.contains(w.text()))) {
            return page;
        }
        StringBuilder text = new StringBuilder();
        List<nl.openbaar.shared.layout.LaidOutWord> words = new ArrayList<>(page.words().size() + shown.size());
        for (nl.openbaar.shared.layout.LaidOutWord w : page.words()) {
            boolean label = GROUND_CODES.contains(w.text());
            if (label && shown.stream().anyMatch(b -> contains(b, w.box()))) {
                continue; // the box's own word below stands for it
            }
            add(text, words, label ? BOX : w.text(), w.box(), label ? null : w.glyphEdges());
        }
        for (Box b : shown) {
            add(text, words, BOX, b, null);
        }
        return new PageLayout(page.number(), page.width(), page.height(), text.toString(), words, page.ocr());
    }

    private static void add(StringBuilder text, List<nl.openbaar.shared.layout.LaidOutWord> words, String word, Box box, double[] edges) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int start = text.length();
        text.append(word);
        words.add(new nl.openbaar.shared.layout.LaidOutWord(word, start, text.length(), box, edges));
    }

    /** The word's centre lies in the box. */
    private static boolean contains(Box box, Box word) {
        double cx = word.x() + word.width() / 2;
        double cy = word.y() + word.height() / 2;
        return cx >= box.x() && cx <= box.right() && cy >= box.y() && cy <= box.bottom();
    }

    private static double medianHeight(PageLayout page) {
        double[] h = page.words().stream().mapToDouble(w -> w.box().height()).filter(x -> x > 0).sorted().toArray();
        return h.length == 0 ? 12 : h[h.length / 2];
    }

    private static String plain(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
