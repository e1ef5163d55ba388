package nl.openbaar.publication.model;

import java.util.List;

/**
 * A bundle split into its parts, with the metadata read from its decision and what the split could not settle.
 *
 * @param pages    pages in the bundle
 * @param warnings what a person should look at before importing (documents of the inventory not found, …)
 */
public record BundleSplit(int pages, List<BundlePart> parts, ImportMetadata metadata, List<String> warnings) {

    public BundleSplit {
        parts = List.copyOf(parts);
        warnings = List.copyOf(warnings);
    }

    public List<BundlePart> documents() {
        return parts.stream().filter(p -> p.kind() == FileKind.DOCUMENT).toList();
    }
}
