package nl.openbaar.tools.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a {@link Composition} as Office files the way people make them: a Word memo with its letterhead in the
 * header, a footer, optionally two columns, tables with fixed narrow columns (LibreOffice wraps the text inside);
 * an Excel contact list with narrow wrapping columns; slides with narrow text boxes.
 */
final class OfficeComposer {

    private OfficeComposer() {
    }

    static void docx(Composition c, boolean twoColumns, Path target) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            CTSectPr sect = d.getDocument().getBody().addNewSectPr();
            XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(d, sect);
            List<Composition.Part> parts = c.parts;
            int from = 0;
            if (!parts.isEmpty() && parts.get(0) instanceof Composition.Lines head) {
                var header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
                for (String l : head.lines()) {
                    header.createParagraph().createRun().setText(l);
                }
                from = 1;
            }
            policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
                    .setText("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties | Postbus 20011 | 2500 EA Den Haag");
            if (twoColumns) {
                sect.addNewCols().setNum(BigInteger.TWO);
            }
            for (Composition.Part p : parts.subList(from, parts.size())) {
                switch (p) {
                    case Composition.Heading h -> {
                        XWPFParagraph para = d.createParagraph();
                        var run = para.createRun();
                        run.setBold(true);
                        run.setText(h.text());
                    }
                    case Composition.Paragraph para -> d.createParagraph().createRun().setText(para.text());
                    case Composition.Lines lines -> {
                        XWPFParagraph para = d.createParagraph();
                        var run = para.createRun();
                        for (int i = 0; i < lines.lines().size(); i++) {
                            if (i > 0) {
                                run.addBreak();
                            }
                            run.setText(lines.lines().get(i));
                        }
                    }
                    case Composition.Table t -> table(d, t, twoColumns ? 4300 : 9000);
                }
            }
            d.write(out);
        }
    }

    private static void table(XWPFDocument d, Composition.Table t, int totalTwips) {
        XWPFTable table = d.createTable(t.rows().size(), t.widths().length);
        double sum = 0;
        for (double w : t.widths()) {
            sum += w;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int col = 0; col < t.widths().length; col++) {
                var cell = table.getRow(r).getCell(col);
                cell.setWidth(String.valueOf((int) (totalTwips * t.widths()[col] / sum)));
                cell.setText(t.rows().get(r).get(col));
            }
        }
    }

    static void xlsx(Composition c, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            // one table per sheet, as people keep them
            for (Composition.Part p : c.parts) {
                if (p instanceof Composition.Table t) {
                    Sheet sheet = wb.createSheet(wb.getNumberOfSheets() == 0 ? "Contacten" : "Blad" + (wb.getNumberOfSheets() + 1));
                    int r = 0;
                    for (List<String> cells : t.rows()) {
                        Row row = sheet.createRow(r++);
                        for (int i = 0; i < cells.size(); i++) {
                            var cell = row.createCell(i);
                            cell.setCellValue(cells.get(i));
                            cell.setCellStyle(wrap);
                        }
                    }
                    // narrow columns: long addresses and numbers wrap inside their cells
                    for (int i = 0; i < t.widths().length; i++) {
                        sheet.setColumnWidth(i, (int) Math.max(8, 60 * t.widths()[i]) * 256);
                    }
                }
            }
            wb.write(out);
        }
    }

    static void pptx(Composition c, Path target) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(target)) {
            XSLFSlide slide = null;
            double y = 40;
            for (Composition.Part p : c.parts) {
                String text = switch (p) {
                    case Composition.Heading h -> h.text();
                    case Composition.Paragraph para -> para.text();
                    case Composition.Lines lines -> String.join("\n", lines.lines());
                    case Composition.Table t -> String.join("\n", t.rows().stream().map(row -> String.join(" | ", row)).toList());
                };
                // a narrow box, tall enough for its text (about 45 characters a line at 12 pt): boxes never overlap
                double height = 16 * (text.lines().mapToInt(l -> 1 + l.length() / 45).sum()) + 10;
                if (slide == null || y + height > 520) {
                    slide = show.createSlide();
                    y = 30;
                }
                XSLFTextBox box = slide.createTextBox();
                box.setAnchor(new java.awt.geom.Rectangle2D.Double(40, y, 300, height));
                box.setText(text);
                box.getTextParagraphs().forEach(par -> par.getTextRuns().forEach(run -> run.setFontSize(12.0)));
                y += height + 10;
            }
            show.write(out);
        }
    }
}
