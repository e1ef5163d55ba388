package nl.openbaar.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.layout.DocumentText;
import nl.openbaar.shared.layout.PageArea;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.shared.layout.ReadingOrder;
import nl.openbaar.shared.layout.TableCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables and spreadsheets as a person reads them, on real files (CSV, an .xlsx written with POI, a .docx table
 * printed by LibreOffice): the ruled cells are found in the working PDF, each cell's text is a unit under its
 * column's header, values are found by their column (names nobody's list knows, a street and a house number in
 * two columns), a value wrapped inside a narrow cell is one finding with a box on each line, digits of two
 * neighbouring cells never make one number, and organisation and job columns stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuesInTableCellsTest {

    /** Invented people; "Ysolde Quarnebeek" is in no name list. 12345|6782 side by side would pass the elfproef. */
    private static final String[][] ROWS = {
        {"Voornaam", "Achternaam", "Straat", "Huisnummer", "Postcode", "BSN", "Telefoon", "E-mail", "Organisatie", "Functie", "Dossier", "Volgnummer"},
        {"Ysolde", "Quarnebeek", "Lindelaan", "12", "1234 AB", "111222334", "06-48213377", "ysolde.quarnebeek@voorbeeld.nl", "Gemeente Zuidvelde",
            "beleidsmedewerker", "12345", "6782"},
        {"Torvald", "Uitenbroek", "Kerkstraat", "7a", "5678 CD", "111222333", "0031 6 1234 5678", "t.uitenbroek@voorbeeld.nl", "Waterschap Rivierland",
            "projectleider", "55555", "1234"}};

    @TempDir
    Path dir;

    private List<PageLayout> read(Path file) throws IOException {
        FileStore.Stored s = new FileStore(dir.resolve("store")).put(file);
        return new DocumentReader(new FileStore(dir.resolve("store")), Limits.defaults()).read(s.sha256(), file.getFileName().toString(), 0).pages();
    }

    @Test
    void aCsvExportIsReadByItsColumns() throws IOException {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, java.util.Arrays.stream(ROWS).map(r -> String.join(";", r)).collect(Collectors.joining("\n")) + "\n",
                StandardCharsets.UTF_8);
        assertColumns(read(csv));
    }

    @Test
    void anXlsxWorkbookIsReadByItsColumns() throws IOException {
        Path xlsx = dir.resolve("lijst.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("Contacten");
            for (int r = 0; r < ROWS.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < ROWS[r].length; c++) {
                    row.createCell(c).setCellValue(ROWS[r][c]);
                }
            }
            wb.write(out);
        }
        assertColumns(read(xlsx));
    }

    @Test
    void aWordTableWithNarrowColumnsKeepsAWrappedValueWhole() throws IOException {
        Path docx = dir.resolve("memo.docx");
        String[][] rows = {
            {"Naam", "Telefoon", "E-mail", "Organisatie"},
            {"Ysolde Quarnebeek", "06-48213377", "ysolde.quarnebeek@voorbeeld-gemeente.nl", "Gemeente Zuidvelde"},
            {"Torvald Uitenbroek", "070-3456789", "torvald.uitenbroek@voorbeeld-gemeente.nl", "Waterschap Rivierland"}};
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().setText("Contactpersonen voor het project");
            XWPFTable table = d.createTable(rows.length, 4);
            int[] widths = {2200, 900, 1300, 2400};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 4; c++) {
                    var cell = table.getRow(r).getCell(c);
                    cell.setWidth(String.valueOf(widths[c]));
                    cell.setText(rows[r][c]);
                }
            }
            d.write(out);
        }
        List<PageLayout> pages = read(docx);
        assertThat(pages.get(0).cells()).hasSizeGreaterThanOrEqualTo(12);
        DetectionResult r = detect(pages);
        Finding phone = only(r, Category.PHONE_NUMBER, "06-4821");
        Finding mail = only(r, Category.EMAIL_LOCAL_PART, "ysolde");
        assertThat(mail.text()).isEqualTo("ysolde.quarnebeek");
        // wrapped inside its narrow cell: one finding, a box on every line it covers
        assertThat(lines(mail)).as("e-mail wrapped in its cell: %s", mail.areas()).isGreaterThanOrEqualTo(1);
        assertThat(lines(phone) + lines(mail)).as("a value wraps in a narrow cell").isGreaterThan(2);
        assertThat(names(r)).contains("YsoldeQuarnebeek", "TorvaldUitenbroek");
        assertThat(redactedTexts(r)).noneMatch(t -> t.contains("Zuidvelde") || t.contains("Rivierland"));
    }

    private void assertColumns(List<PageLayout> pages) {
        assertThat(pages.get(0).cells()).hasSizeGreaterThanOrEqualTo(ROWS.length * ROWS[0].length);
        DocumentText text = ReadingOrder.of(pages);
        // each cell a unit under its header (a CSV of twelve columns fills the page: headers wrap in their cells)
        assertThat(text.cells()).anySatisfy(c -> assertCell(text, c, "Quarnebeek", "Achternaam"));
        assertThat(text.cells()).anySatisfy(c -> assertCell(text, c, "6782", "Volgnummer"));
        DetectionResult r = detect(pages);
        // a narrow column wraps a surname at any character: the finding's text shows the break as a space, its boxes cover both parts
        assertThat(names(r)).contains("Ysolde", "Quarnebeek", "Torvald", "Uitenbroek");
        assertThat(texts(r, Category.STREET_ADDRESS)).contains("Lindelaan", "12", "Kerkstraat", "7a");
        assertThat(texts(r, Category.POSTCODE)).contains("1234AB", "5678CD");
        // a BSN column value is a BSN even when the elfproef fails (a typo is still someone's number)
        assertThat(texts(r, Category.BSN)).containsExactlyInAnyOrder("111222334", "111222333");
        assertThat(texts(r, Category.PHONE_NUMBER)).contains("06-48213377", "0031612345678");
        assertThat(texts(r, Category.EMAIL_LOCAL_PART)).contains("ysolde.quarnebeek", "t.uitenbroek");
        // kept: organisations, job titles, the numbers of other columns, and never a number made of two cells
        assertThat(redactedTexts(r)).noneMatch(t -> t.contains("Zuidvelde") || t.contains("Rivierland") || t.contains("beleidsmedewerker")
                || t.contains("projectleider") || t.contains("12345") || t.contains("6782") || t.contains("55555"));
        assertThat(texts(r, Category.BSN)).doesNotContain("123456782", "555551234");
        for (Finding f : r.toRedact()) {
            assertThat(f.areas()).as("boxes of %s", f.text()).isNotEmpty();
        }
    }

    private static void assertCell(DocumentText text, TableCell c, String value, String header) {
        assertThat(text.text().substring(c.start(), c.end()).replace("\n", "")).isEqualTo(value);
        // a header wider than its column wraps inside its cell (at any character): it is read glued
        assertThat(c.header()).isNotNull();
        assertThat(c.header().replace("\n", "")).isEqualTo(header);
    }

    private static DetectionResult detect(List<PageLayout> pages) {
        return DetectingPersonalData.standard().detect(pages, DetectionSettings.of(Regime.WOO));
    }

    private static List<String> names(DetectionResult r) {
        return texts(r, Category.PERSON_NAME);
    }

    /** The findings' texts without spaces: a value wrapped at any character in a narrow column reads with a space at the wrap. */
    private static List<String> texts(DetectionResult r, Category c) {
        return r.toRedact().stream().filter(f -> f.category() == c).map(f -> f.text().replace(" ", "")).toList();
    }

    private static List<String> redactedTexts(DetectionResult r) {
        return r.toRedact().stream().map(Finding::text).toList();
    }

    private static Finding only(DetectionResult r, Category c, String part) {
        List<Finding> found = r.toRedact().stream().filter(f -> f.category() == c && f.text().replace(" ", "").contains(part)).toList();
        assertThat(found).as("%s containing %s in %s", c, part, r.toRedact()).hasSize(1);
        return found.get(0);
    }

    /** On how many lines a finding's boxes lie. */
    private static long lines(Finding f) {
        return f.areas().stream().map(PageArea::box).map(b -> Math.round(b.y())).distinct().count();
    }
}
