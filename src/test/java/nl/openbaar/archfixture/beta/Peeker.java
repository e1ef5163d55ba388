package nl.openbaar.archfixture.beta;

import nl.openbaar.archfixture.alpha.AlphaApi;
import nl.openbaar.archfixture.alpha.internal.Hidden;

/** Planted for ArchitectureTest: capability "beta" reaching into alpha's internals, and a cycle alpha ↔ beta. */
public class Peeker {
    public int peek() {
        return Hidden.value() + AlphaApi.twice(1);
    }
}
