package nl.openbaar.tools.split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.openbaar.publication.ImportingBundle;
import nl.openbaar.publication.model.BundlePart;
import nl.openbaar.publication.model.BundleSplit;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.tools.split.GeneratingBundles.Bundle;
import nl.openbaar.tools.split.GeneratingBundles.Cue;
import nl.openbaar.tools.split.GeneratingBundles.DocumentKind;
import nl.openbaar.tools.split.GeneratingBundles.TruePart;

/**
 * Measures how well an imported bundle is split into its documents: generates bundles with known parts, splits
 * them the way the import does, and counts document boundaries found against expected, documents found exactly
 * (same first and last page, same inventory number), and whole bundles split without a single mistake — per way
 * of marking documents and per kind of document.
 */
public final class MeasuringSplit {

    /** Counts for one group (all bundles of one cue, or all documents of one kind). */
    public record Counts(int bundles, int bundlesExact, int documents, int documentsExact, int boundariesExpected, int boundariesFound,
            int boundariesRight) {

        public double boundaryRecall() {
            return boundariesExpected == 0 ? 1 : (double) boundariesRight / boundariesExpected;
        }

        public double boundaryPrecision() {
            return boundariesFound == 0 ? 1 : (double) boundariesRight / boundariesFound;
        }

        Counts plus(Counts o) {
            return new Counts(bundles + o.bundles, bundlesExact + o.bundlesExact, documents + o.documents, documentsExact + o.documentsExact,
                    boundariesExpected + o.boundariesExpected, boundariesFound + o.boundariesFound, boundariesRight + o.boundariesRight);
        }
    }

    public record Report(long seed, int pages, Counts all, Map<Cue, Counts> byCue, Map<DocumentKind, Counts> byDocumentKind) {
    }

    private static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    private final long seed;
    private final ImportingBundle importing = new ImportingBundle(null, null, null, null);

    public MeasuringSplit(long seed) {
        this.seed = seed;
    }

    public Report run(int bundles, int maxDocuments, Path dir) throws IOException {
        GeneratingBundles generating = new GeneratingBundles(seed);
        Random sizes = new Random(seed ^ 0x5EED);
        Map<Cue, Counts> byCue = new EnumMap<>(Cue.class);
        Map<DocumentKind, Counts> byKind = new EnumMap<>(DocumentKind.class);
        int pages = 0;
        for (int i = 0; i < bundles; i++) {
            Cue cue = Cue.values()[i % Cue.values().length];
            Bundle bundle = generating.write(dir.resolve("bundel-" + (i + 1) + ".pdf"), cue, 2 + sizes.nextInt(maxDocuments - 1));
            pages += bundle.pages();
            BundleSplit split = importing.split(bundle.file());
            byCue.merge(cue, compare(bundle, split), Counts::plus);
            documentsByKind(bundle, split).forEach((k, c) -> byKind.merge(k, c, Counts::plus));
        }
        Counts all = byCue.values().stream().reduce(NONE, Counts::plus);
        return new Report(seed, pages, all, byCue, byKind);
    }

    private static Counts compare(Bundle bundle, BundleSplit split) {
        Set<Integer> expected = starts(bundle.parts().stream().map(TruePart::firstPage).toList());
        Set<Integer> found = starts(split.parts().stream().map(BundlePart::firstPage).toList());
        Set<Integer> right = new HashSet<>(found);
        right.retainAll(expected);
        List<TruePart> documents = bundle.parts().stream().filter(p -> p.kind() == FileKind.DOCUMENT).toList();
        int exact = (int) documents.stream().filter(d -> foundExactly(d, split)).count();
        boolean whole = bundle.parts().size() == split.parts().size()
                && bundle.parts().stream().allMatch(t -> split.parts().stream().anyMatch(f -> same(t, f)));
        return new Counts(1, whole ? 1 : 0, documents.size(), exact, expected.size(), found.size(), right.size());
    }

    private static Map<DocumentKind, Counts> documentsByKind(Bundle bundle, BundleSplit split) {
        Map<DocumentKind, Counts> out = new EnumMap<>(DocumentKind.class);
        for (TruePart d : bundle.parts()) {
            if (d.documentKind() != null) {
                out.merge(d.documentKind(), new Counts(0, 0, 1, foundExactly(d, split) ? 1 : 0, 0, 0, 0), Counts::plus);
            }
        }
        return out;
    }

    private static boolean foundExactly(TruePart t, BundleSplit split) {
        return split.parts().stream().anyMatch(f -> same(t, f));
    }

    private static boolean same(TruePart t, BundlePart f) {
        return t.kind() == f.kind() && t.firstPage() == f.firstPage() && t.lastPage() == f.lastPage()
                && (t.number() == null || t.number().equals(f.number()));
    }

    /** First pages of parts after the first: page 1 always starts something, so it is no boundary found. */
    private static Set<Integer> starts(List<Integer> firstPages) {
        Set<Integer> s = new HashSet<>(new ArrayList<>(firstPages));
        s.remove(1);
        return s;
    }
}
