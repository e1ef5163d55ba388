package nl.openbaar.document.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Spreadsheets printed as tables, every sheet (hidden ones too) and every cell with its full displayed value.
 * A spreadsheet program's own print clips text at the next filled cell and leaves hidden rows out, so part of the
 * content would never be seen in review; here nothing is hidden. CSV files are printed the same way.
 */
final class SpreadsheetRendition {

    private static final int MAX_CELLS = 500_000;

    private SpreadsheetRendition() {
    }

    /** An .xls or .xlsx workbook (read with Apache POI). */
    static void workbook(Path file, String title, Path target) throws IOException {
        List<Table> tables = new ArrayList<>();
        DataFormatter format = new DataFormatter(java.util.Locale.forLanguageTag("nl-NL"));
        int cells = 0;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    int last = row.getLastCellNum();
                    for (int c = 0; c < last; c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : format.formatCellValue(cell));
                        if (++cells > MAX_CELLS) {
                            throw new ReadingException("het werkblad heeft meer dan " + MAX_CELLS + " cellen");
                        }
                    }
                    rows.add(trimRight(values));
                }
                String hidden = wb.isSheetHidden(s) || wb.isSheetVeryHidden(s) ? " (verborgen blad)" : "";
                tables.add(new Table(sheet.getSheetName() + hidden, rows));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReadingException r) {
                throw r;
            }
            throw new ReadingException("het werkblad kon niet worden gelezen (" + PdfLayouts.brief(e) + ")", e);
        }
        write(title, tables, target);
    }

    /** A CSV file: separator guessed from the first line (; , tab), quotes honoured. */
    static void csv(Path file, String title, Path target) throws IOException {
        String text;
        try (var in = Files.newInputStream(file)) {
            text = EmailParser.text(in, null);
        }
        String first = text.lines().findFirst().orElse("");
        char sep = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int cells = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                cells += row.size();
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
            if (cells > MAX_CELLS) {
                throw new ReadingException("het CSV-bestand heeft meer dan " + MAX_CELLS + " cellen");
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        write(title, List.of(new Table(title, rows)), target);
    }

    private record Table(String name, List<List<String>> rows) {
    }

    private static void write(String title, List<Table> tables, Path target) throws IOException {
        StringBuilder html = new StringBuilder("<html lang=\"nl\"><head><style>")
                .append("@page { size: A4 landscape; margin: 12mm; } body { font-family: 'DejaVu Sans'; font-size: 8pt; }")
                .append("h2 { font-size: 10pt; margin: 0 0 4pt 0; } table { border-collapse: collapse; margin-bottom: 10pt; }")
                .append("td { border: 0.4pt solid #888; padding: 1pt 3pt; vertical-align: top; word-wrap: break-word; white-space: pre-wrap; }")
                .append("</style></head><body>");
        for (Table t : tables) {
            html.append("<h2>").append(HtmlPdf.escape(t.name())).append("</h2><table>");
            for (List<String> row : t.rows()) {
                html.append("<tr>");
                for (String v : row) {
                    html.append("<td>").append(HtmlPdf.escape(v)).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        html.append("</body></html>");
        HtmlPdf.write(html.toString(), title, target);
    }

    private static List<String> trimRight(List<String> values) {
        int n = values.size();
        while (n > 0 && values.get(n - 1).isEmpty()) {
            n--;
        }
        return values.subList(0, n);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    static boolean isCsv(String mediaType) {
        return "text/csv".equals(mediaType);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
