package nl.openbaar.archfixture.alpha;

import nl.openbaar.archfixture.beta.Peeker;

/** Planted for ArchitectureTest: part of the alpha ↔ beta cycle. */
public class AlphaApi {
    public static int twice(int n) {
        return 2 * n;
    }

    static int back() {
        return new Peeker().peek();
    }
}
