package nl.openbaar.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.DocumentRedactions.Mark;
import nl.openbaar.inventory.model.InventoryDocument;
import nl.openbaar.inventory.model.Inventaris;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX a ministry uploads to the VWS Woo platform unchanged: its exact columns, phrases and value formats. */
class InventoryExportTest {

    static Inventaris sample() {
        List<InventoryDocument> docs = List.of(
                new InventoryDocument(1, 1, "=HYPERLINK(\"http://evil\")", "a.eml", "email", LocalDate.of(2020, 2, 28), null, 5L, null),
                new InventoryDocument(2, 2, "Notitie, concept", "n.docx", "docx", LocalDate.of(2020, 3, 4), 1, null, null),
                new InventoryDocument(3, 3, "Kamerbrief", "k.pdf", "application/pdf", LocalDate.of(2019, 5, 1), null, null, null),
                new InventoryDocument(4, 4, "Memo", "m.pdf", "pdf", null, null, null, null),
                new InventoryDocument(5, 5, "Gezichtsherkenning", "kopie.eml", "email", LocalDate.of(2020, 2, 28), null, 5L, 1));
        return InventoryRulesTest.derive(docs, Map.of(
                        1L, InventoryRulesTest.judged(1, Beoordeling.DEELS_OPENBAAR, List.of(), List.of()),
                        2L, InventoryRulesTest.judged(2, Beoordeling.NIET_OPENBAAR, List.of("5.2", "5.1.2e"), List.of()),
                        3L, InventoryRulesTest.judged(3, Beoordeling.REEDS_OPENBAAR, List.of(), List.of("https://open.overheid.nl/a", "https://www.rijksoverheid.nl/b")),
                        4L, InventoryRulesTest.judged(4, Beoordeling.OPENBAAR, List.of(), List.of())),
                Map.of(1L, new DocumentRedactions(1, List.of(new Mark("5.1.2e", "Anna"), new Mark("5.1.2i", "groep@min.nl")))));
    }

    @Test
    void xlsxHasTheVwsProductierapportColumnsAndValues() throws Exception {
        Inventaris inv = sample();
        assertThat(inv.consistent()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InventoryExport.xlsx(inv, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("ID", "Matter", "Family", "Email Thread ID", "Document", "File Type", "Datum", "Beoordeling",
                    "Opgeschort", "Beoordelingsgrond", "Toelichting", "Publieke Link", "Gerelateerd ID", "Zaaknummer");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("0001");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("WOO-2026-0001");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(5);
            // A formula-looking title stays text: never a formula cell.
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("email");
            // Dates as text the importer parses (Y-m-d), not a serial number.
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("2020-02-28");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("deels openbaar");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("5.1.2e; 5.1.2i");
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo("WOO-2026-0001");
            DataFormatter f = new DataFormatter();
            List<String> judgements = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                judgements.add(f.formatCellValue(sheet.getRow(r).getCell(7)));
            }
            // Only the four phrases the platform knows; any other value would silently become "niet openbaar" there.
            assertThat(judgements).containsExactly("deels openbaar", "niet openbaar", "reeds openbaar", "openbaar", "niet openbaar");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(9))).isEqualTo("5.1.2e; 5.2");
            assertThat(f.formatCellValue(sheet.getRow(3).getCell(11))).isEqualTo("https://open.overheid.nl/a|https://www.rijksoverheid.nl/b");
            assertThat(f.formatCellValue(sheet.getRow(4).getCell(6))).isEmpty();
            assertThat(f.formatCellValue(sheet.getRow(5).getCell(9))).isEqualTo("dubbel");
            assertThat(f.formatCellValue(sheet.getRow(5).getCell(12))).isEqualTo("0001");
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("Openbaar");
        }
    }

    @Test
    void csvHasTheSameColumnsQuotesWhereNeededAndDefusesFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InventoryExport.csv(sample(), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("ID,Matter,Family,Email Thread ID,Document,File Type,Datum,Beoordeling,Opgeschort,Beoordelingsgrond,"
                + "Toelichting,Publieke Link,Gerelateerd ID,Zaaknummer\r\n");
        assertThat(csv.charAt(0)).isEqualTo('I');
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).startsWith("0001,WOO-2026-0001,1,5,\"'=HYPERLINK(\"\"http://evil\"\")\",email,2020-02-28,deels openbaar,,");
        assertThat(lines[2]).contains(",\"Notitie, concept\",doc,2020-03-04,niet openbaar,,5.1.2e; 5.2,");
    }
}
