package nl.openbaar.document;

/** Published when a request's documents were (re)organised: read, threaded, de-duplicated and numbered. */
public record DocumentsOrganised(long requestId) {
}
