package nl.openbaar.letter.render;

import java.util.List;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Section;

/**
 * A letter as XHTML for the PDF renderer: headings, paragraphs, lists and tables in reading order, so the
 * tagged PDF has a real structure (PDF/UA). Layout is in the style sheet; nothing here is absolutely placed.
 */
public final class LetterHtml {

    private LetterHtml() {
    }

    public static String of(Letter letter, String css) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(letter.title())).append("</title>")
                .append("<meta name=\"author\" content=\"").append(esc(letter.sender().organisation())).append("\"/>")
                .append("<meta name=\"subject\" content=\"").append(esc(letter.type().label())).append("\"/>")
                .append("<style>").append(css).append("</style></head><body>");
        Letter.Sender s = letter.sender();
        h.append("<div class=\"sender\"><p class=\"organisation\">").append(esc(s.organisation())).append("</p></div>");
        h.append("<div class=\"column\">");
        for (String line : s.contactLines()) {
            h.append("<p>").append(esc(line)).append("</p>");
        }
        h.append("</div>");
        h.append("<p class=\"return\">&gt; Retouradres ").append(esc(s.returnAddress())).append("</p>");
        h.append("<div class=\"recipient\">");
        for (String line : letter.recipient()) {
            h.append("<p>").append(esc(line)).append("</p>");
        }
        h.append("</div><div class=\"references\">");
        // Label and value in two blocks, the value indented as a whole: a long subject wraps under itself and never
        // runs off the page.
        for (Letter.Reference r : letter.references()) {
            h.append("<div class=\"reference\"><p class=\"label\">").append(esc(r.label())).append("</p><p class=\"value\">")
                    .append(esc(r.value())).append("</p></div>");
        }
        h.append("</div>");
        h.append("<h1>").append(esc(letter.title())).append("</h1>");
        if (letter.salutation() != null && !letter.salutation().isBlank()) {
            h.append("<p class=\"salutation\">").append(esc(letter.salutation())).append("</p>");
        }
        for (Section section : letter.sections()) {
            section(h, section, false);
        }
        for (Section annex : letter.annexes()) {
            section(h, annex, true);
        }
        return h.append("</body></html>").toString();
    }

    private static void section(StringBuilder h, Section s, boolean annex) {
        h.append("<div class=\"").append(annex ? "annex" : "part").append("\">");
        if (s.heading() != null) {
            int level = Math.max(2, Math.min(4, s.level()));
            h.append("<h").append(level).append('>').append(esc(s.heading())).append("</h").append(level).append('>');
        }
        for (Block b : s.blocks()) {
            block(h, b, annex ? 3 : Math.min(5, s.level() + 1));
        }
        h.append("</div>");
    }

    static void block(StringBuilder h, Block b, int subLevel) {
        switch (b) {
            case Block.Paragraph p -> h.append("<p>").append(esc(p.text())).append("</p>");
            case Block.SubHeading sh -> h.append("<h").append(subLevel).append('>').append(esc(sh.text())).append("</h").append(subLevel).append('>');
            case Block.ItemList l -> {
                String tag = l.kind() == Block.ItemList.Kind.NUMBERED ? "ol" : "ul";
                h.append('<').append(tag).append(l.kind() == Block.ItemList.Kind.LABELLED ? " class=\"labelled\"" : "").append('>');
                for (String item : l.items()) {
                    h.append("<li>").append(esc(item)).append("</li>");
                }
                h.append("</").append(tag).append('>');
            }
            case Block.Table t -> table(h, t);
            case Block.Signature sig -> {
                h.append("<div class=\"signature\">");
                List<String> lines = sig.lines();
                for (int i = 0; i < lines.size(); i++) {
                    h.append("<p").append(i == 2 ? " class=\"signer\"" : "").append('>').append(esc(lines.get(i))).append("</p>");
                }
                h.append("</div>");
            }
        }
    }

    static void table(StringBuilder h, Block.Table t) {
        h.append("<table><thead><tr>");
        for (String header : t.headers()) {
            h.append("<th scope=\"col\">").append(esc(header)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** XML-escaped, without the control characters XML 1.0 forbids (hostile titles may carry them). */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r') {
                        out.append(' ');
                    } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0x7F && c <= 0x9F)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
