package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.KnownPerson;

/** Splits a name typed by a person ("I. van den Heuvel", "Smit, Daan") into its parts. */
public final class NameSplitter {

    private NameSplitter() {
    }

    public static KnownPerson split(String name, Lexicon lexicon, String source) {
        Tokens t = Tokens.of(name, lexicon);
        return NameParts.of(t, 0, t.size, source);
    }
}
