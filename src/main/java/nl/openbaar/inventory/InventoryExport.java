package nl.openbaar.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.inventory.model.Inventaris;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The inventory as a file a ministry can upload unchanged to the VWS Woo platform: its "productierapport" layout,
 * columns A–N in this exact order and spelling, one row per document, the judgement in one of its four exact
 * phrases. Dates are text (yyyy-mm-dd): the platform reads the cell's value, and a real date cell would arrive
 * as a serial number it cannot parse. The same columns go to CSV.
 */
public final class InventoryExport {

    public static final List<String> COLUMNS = List.of("ID", "Matter", "Family", "Email Thread ID", "Document", "File Type", "Datum",
            "Beoordeling", "Opgeschort", "Beoordelingsgrond", "Toelichting", "Publieke Link", "Gerelateerd ID", "Zaaknummer");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private InventoryExport() {
    }

    /** The cells of one line, as text; numbers stay digits. */
    public static List<String> cells(Inventaris inv, InventoryLine l) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(l.id());
        c.add(inv.matter());
        c.add(l.family() == null ? "" : Integer.toString(l.family()));
        c.add(l.thread() == null ? "" : Long.toString(l.thread()));
        c.add(l.title());
        c.add(l.fileType());
        c.add(l.date() == null ? "" : l.date().format(ISO));
        c.add(l.beoordeling().phrase());
        c.add(l.opgeschort() ? "ja" : "");
        c.add(String.join("; ", l.grounds()));
        c.add(l.toelichting() == null ? "" : l.toelichting());
        c.add(String.join("|", l.links()));
        c.add(l.relatedId() == null ? "" : l.relatedId());
        c.add(inv.kenmerk());
        return c;
    }

    public static void xlsx(Inventaris inv, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // Only the first sheet is read by the platform.
            XSSFSheet sheet = wb.createSheet("Inventaris");
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (InventoryLine l : inv.lines()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(inv, l);
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    // Family and thread are numbers in the platform's importer; everything else stays text,
                    // so an ID such as 0001 keeps its zeros.
                    if ((i == 2 || i == 3) && v.matches("\\d{1,15}")) {
                        cell.setCellValue(Long.parseLong(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
            int[] widths = {8, 16, 8, 10, 60, 10, 11, 15, 10, 18, 40, 40, 12, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            var props = wb.getProperties().getCoreProperties();
            props.setTitle("Inventarislijst " + inv.kenmerk());
            props.setCreator("Openbaar");
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV, UTF-8 without a byte order mark (the platform matches the first header exactly). */
    public static void csv(Inventaris inv, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(line(COLUMNS));
            for (InventoryLine l : inv.lines()) {
                w.write(line(cells(inv, l)));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote(cells.get(i)));
        }
        return s.append("\r\n").toString();
    }

    /**
     * Quotes where needed, and defuses a cell a spreadsheet would run as a formula (a title written by anyone may
     * start with "=" or "+"): such a value gets a leading apostrophe, as OWASP advises.
     */
    static String quote(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
