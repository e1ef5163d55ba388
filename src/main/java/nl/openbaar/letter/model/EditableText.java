package nl.openbaar.letter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of a letter as plain text a lawyer can edit (in the browser or in Word), and back. Paragraphs are
 * separated by an empty line; a block of lines starting with "• " (or "- ") is a bulleted list, "1. ", "2. " … a
 * numbered one; a line starting with "## " a sub-heading. What the system must keep is not editable: the signature
 * (from the settings) stays at the end of its section, and sections holding tables or law texts (the inventory lists
 * and the article annex) are not offered for editing at all.
 */
public final class EditableText {

    /** The most a section may hold when edited; the same bound as the case texts. */
    public static final int MAX_LENGTH = 20_000;

    private static final Pattern BULLET = Pattern.compile("^[•\\-*]\\s+(.+)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})[.)]\\s+(.+)$");

    private EditableText() {
    }

    /** Tables (inventory lists) and labelled article parts come from the case and the rule base, never from an edit. */
    public static boolean editable(Section s) {
        return s.blocks().stream().noneMatch(b -> b instanceof Block.Table
                || (b instanceof Block.ItemList l && l.kind() == Block.ItemList.Kind.LABELLED));
    }

    public static String of(Section s) {
        List<String> chunks = new ArrayList<>();
        for (Block b : s.blocks()) {
            switch (b) {
                case Block.Paragraph p -> chunks.add(p.text().strip());
                case Block.SubHeading h -> chunks.add("## " + h.text().strip());
                case Block.ItemList l -> {
                    StringBuilder out = new StringBuilder();
                    int n = 1;
                    for (String item : l.items()) {
                        if (!out.isEmpty()) {
                            out.append('\n');
                        }
                        out.append(l.kind() == Block.ItemList.Kind.NUMBERED ? (n++) + ". " : "• ").append(item.strip());
                    }
                    chunks.add(out.toString());
                }
                case Block.Table t -> { }
                case Block.Signature sig -> { }
            }
        }
        return String.join("\n\n", chunks);
    }

    /** The section with its text replaced by {@code text}; heading, id, level and signature kept. */
    public static Section apply(Section s, String text) {
        List<Block> blocks = new ArrayList<>(parse(text));
        s.blocks().stream().filter(b -> b instanceof Block.Signature).forEach(blocks::add);
        return new Section(s.id(), s.heading(), s.level(), blocks);
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : normalise(text).split("\\n\\s*\\n")) {
            if (chunk.isBlank()) {
                continue;
            }
            List<String> lines = chunk.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.size() == 1 && lines.get(0).startsWith("## ")) {
                blocks.add(new Block.SubHeading(lines.get(0).substring(3).strip()));
            } else if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
                blocks.add(new Block.ItemList(Block.ItemList.Kind.BULLETED,
                        lines.stream().map(l -> BULLET.matcher(l).replaceFirst("$1").strip()).toList()));
            } else if (numbered(lines)) {
                blocks.add(new Block.ItemList(Block.ItemList.Kind.NUMBERED,
                        lines.stream().map(l -> NUMBER.matcher(l).replaceFirst("$2").strip()).toList()));
            } else {
                blocks.add(new Block.Paragraph(String.join(" ", lines)));
            }
        }
        return blocks;
    }

    /** Line ends as \n, no spaces at line ends, at most one empty line in a row, nothing around. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        t = t.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
        return t.strip();
    }

    /** A list counts 1, 2, 3 from its first line; a paragraph that happens to start with a number stays one. */
    private static boolean numbered(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBER.matcher(lines.get(i));
            if (!m.matches() || Integer.parseInt(m.group(1)) != i + 1) {
                return false;
            }
        }
        return true;
    }
}
