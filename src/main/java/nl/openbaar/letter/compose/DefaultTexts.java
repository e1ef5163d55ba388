package nl.openbaar.letter.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.openbaar.letter.model.TextCatalogue;

/** The letter texts shipped in the jar: the base layer an administrator's changes go on top of. */
public final class DefaultTexts {

    /** The text files, by the name an administrator's override file in the data folder also uses. */
    public static final List<String> FILES = List.of("algemeen", "besluit", "overwegingen", "ontvangstbevestiging", "verdaging",
            "doorzending", "zienswijze");
    private static final String DIR = "/nl/openbaar/letter/teksten/";

    private DefaultTexts() {
    }

    public static TextCatalogue catalogue() {
        TextCatalogue all = TextCatalogue.empty();
        for (String file : FILES) {
            all = all.overriddenBy(TextCatalogue.parse(read(DIR + file + ".txt"), "standaard:" + file + ".txt"));
        }
        return all;
    }

    /** The raw default file, for an administrator who wants to start from it. */
    public static String file(String name) {
        if (!FILES.contains(name)) {
            throw new nl.openbaar.shared.InvalidInputException("bestand", "onbekend tekstbestand '" + name + "': kies uit " + FILES);
        }
        return read(DIR + name + ".txt");
    }

    /** Paragraphs of articles that the rule base lacks (Wob 10 lid 8), for the decision's annex. */
    public static TextCatalogue articleSupplement() {
        return TextCatalogue.parse(read("/nl/openbaar/letter/artikelen.txt"), "standaard:artikelen.txt");
    }

    private static String read(String resource) {
        try (InputStream in = DefaultTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("letter texts missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
