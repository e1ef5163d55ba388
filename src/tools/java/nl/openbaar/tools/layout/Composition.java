package nl.openbaar.tools.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of one generated document, independent of its format: headings, paragraphs, hard-broken lines
 * (addresses, signatures) and tables, with the personal data and public items planted in it. A writer lays it out
 * in its format; where the lines break is the format's business.
 */
final class Composition {

    sealed interface Part permits Heading, Paragraph, Lines, Table {
    }

    record Heading(String text) implements Part {
    }

    record Paragraph(String text) implements Part {
    }

    record Lines(List<String> lines) implements Part {
    }

    /** @param widths relative column widths */
    record Table(List<List<String>> rows, double[] widths) implements Part {
    }

    final String title;
    final List<Part> parts = new ArrayList<>();
    final List<Manifest.Item> secrets = new ArrayList<>();
    final List<Manifest.Item> publics = new ArrayList<>();

    Composition(String title) {
        this.title = title;
    }

    /** Plants a secret and returns its text, for use in a part. */
    String secret(String kind, String text, String layout) {
        secrets.add(new Manifest.Item(kind, text, layout));
        return text;
    }

    String visible(String kind, String text, String layout) {
        publics.add(new Manifest.Item(kind, text, layout));
        return text;
    }

    Composition heading(String text) {
        parts.add(new Heading(text));
        return this;
    }

    Composition paragraph(String text) {
        parts.add(new Paragraph(text));
        return this;
    }

    Composition lines(String... lines) {
        parts.add(new Lines(List.of(lines)));
        return this;
    }

    Composition table(List<List<String>> rows, double... widths) {
        parts.add(new Table(rows, widths));
        return this;
    }
}
