/**
 * Detection of personal data and sensitive passages: the "detect" step between collecting and redacting.
 *
 * <p>Entry point: {@link nl.openbaar.detection.DetectingPersonalData}. It reads a document's pages
 * ({@link nl.openbaar.shared.layout.PageLayout}: text plus word boxes, from a text layer or OCR) and returns
 * {@link nl.openbaar.detection.model.Finding}s: page, text offsets, exact boxes (parts of words where needed,
 * e.g. only the local part of an e-mail address), category, score, recognizer, the proposed ground code for the
 * case's regime, whether it may be accepted unattended ({@link nl.openbaar.detection.model.Handling}), a subject
 * key for "the same person" across the case, and a Dutch explanation for the reviewer.
 *
 * <p>Pure Java: no database, no Spring, no network; thread-safe. One {@link nl.openbaar.detection.DetectionSettings}
 * (with its {@link nl.openbaar.detection.CaseRegister}) per case keeps a case consistent. What is data, not
 * code: the word lists ({@code lexicon/}), the category → ground mapping ({@link nl.openbaar.detection.GroundPolicy}),
 * the public office holders ({@link nl.openbaar.detection.PublicOfficeHolders}).
 *
 * <p>Quality and speed are measured with {@code openbaar eval detection} and {@code openbaar bench detection}.
 */
package nl.openbaar.detection;
