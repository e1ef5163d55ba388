package nl.openbaar.detection.internal;

/** One kind of personal data: reads a page and adds candidate spans. Implementations are stateless. */
public interface Recognizer {

    void recognize(PageScan scan);
}
