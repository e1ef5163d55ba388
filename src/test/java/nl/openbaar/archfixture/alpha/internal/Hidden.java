package nl.openbaar.archfixture.alpha.internal;

/** Planted for ArchitectureTest: an internal class of capability "alpha". */
public class Hidden {
    public static int value() {
        return 1;
    }
}
