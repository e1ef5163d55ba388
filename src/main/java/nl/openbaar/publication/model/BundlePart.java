package nl.openbaar.publication.model;

import java.time.LocalDate;

/**
 * One part of an imported bundle: the decision, the inventory or one document, as a range of the bundle's pages.
 *
 * @param firstPage first page in the bundle, from 1
 * @param lastPage  last page in the bundle, inclusive
 * @param number    the document's inventory number (documents only)
 * @param found     how the part's first page was recognised (a bookmark, the number in the page header, an e-mail
 *                  header …): said to the person importing, so a wrong split can be understood
 */
public record BundlePart(FileKind kind, int firstPage, int lastPage, String number, String title, String judgement, String grounds,
        LocalDate date, String found) {

    public int pages() {
        return lastPage - firstPage + 1;
    }
}
