package nl.openbaar.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.tools.split.BundleWriter;
import nl.openbaar.tools.split.BundleWriter.Page;

/**
 * A bundle as a ministry publishes it, made of real published text (seeds 000 and 004, see
 * {@code detection/published/SOURCES.md}): the Wob decision of JenV of 28 October 2021 with its annex of articles,
 * an inventory page, and the redacted documents of the published e-mail bundle, each page stamped "Document N" in
 * its header as ministries do. Seed 004 has no page breaks of its own (it is pdftotext's output); its documents are
 * cut where a new e-mail, the Kamervragen, the news item and the JenV note begin (lines 1, 35, 70 and 146), and the
 * inventory is written from those documents (the decision's own four inventory lists are not among the seeds).
 */
public final class SeedBundle {

    public static final String INVENTORY_NUMBER_NOT_IN_BUNDLE = "5";

    private SeedBundle() {
    }

    public static List<String> seed(String name) {
        try (InputStream in = SeedBundle.class.getResourceAsStream("/nl/openbaar/detection/published/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> inventory() {
        return List.of("Inventarislijst bij besluit 3553465",
                "Nr. Datum Omschrijving Beoordeling Weigeringsgrond",
                "1 05-03-2020 E-mail over Kamervragen Clearview Deels openbaar 10.2.e",
                "2 05-03-2020 Kamervragen over Clearview, ingezonden 5 maart 2020 Openbaar",
                "3 09-03-2020 E-mail met nieuwsbericht over Clearview AI Deels openbaar 10.2.e, 11.1",
                "4 24-08-2021 Nota met bijlage relevante artikelen Wob Deels openbaar 10.2.e",
                "5 26-08-2021 Interne afstemming over de beantwoording Niet openbaar 10.2.e, 11.1");
    }

    /** The pages: decision (000), inventory, documents 1-4 from 004 (document 4 over two pages). */
    public static List<Page> pages(boolean stamped) {
        List<Page> pages = new ArrayList<>();
        for (List<String> p : BundleWriter.paginate(seed("000-besluit-wob-clearview-jenv.txt"), 58)) {
            pages.add(new Page(p));
        }
        pages.add(new Page(inventory()));
        List<String> mails = seed("004-gelakte-mailbundel.txt");
        int[] cuts = {0, 34, 69, 145, mails.size()};
        for (int d = 0; d < 4; d++) {
            List<List<String>> docPages = BundleWriter.paginate(mails.subList(cuts[d], cuts[d + 1]), 58);
            for (List<String> lines : docPages) {
                List<String> withStamp = new ArrayList<>();
                if (stamped) {
                    withStamp.add("Document " + (d + 1));
                }
                withStamp.addAll(lines);
                pages.add(new Page(withStamp));
            }
        }
        return pages;
    }

    public static Path write(Path target) {
        try {
            BundleWriter.write(pages(true), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
