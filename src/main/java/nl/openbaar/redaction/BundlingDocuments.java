package nl.openbaar.redaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The documentenbundel: the stamped documents one after the other, so the page numbers stamped on them run on through
 * the bundle, with a bookmark per document ("Document 12") and nothing else.
 */
public class BundlingDocuments {

    /** A stamped document and its inventory number. */
    public record Part(int inventoryNumber, Path pdf) {
    }

    /** @return the number of pages in the bundle */
    public int bundle(List<Part> parts, Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument bundle = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Part part : parts) {
                PDDocument doc = RedactingPdf.open(part.pdf());
                open.add(doc);
                PDPage first = null;
                for (PDPage page : doc.getPages()) {
                    PDPage imported = bundle.importPage(page);
                    // the structure tree stays with the single document: its references do not hold in the bundle
                    imported.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.STRUCT_PARENTS);
                    if (first == null) {
                        first = imported;
                    }
                }
                if (first != null) {
                    PDOutlineItem item = new PDOutlineItem();
                    item.setTitle("Document " + part.inventoryNumber());
                    PDPageFitDestination dest = new PDPageFitDestination();
                    dest.setPage(first);
                    item.setDestination(dest);
                    outline.addLast(item);
                }
            }
            bundle.getDocumentCatalog().setDocumentOutline(outline);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Documentenbundel");
            bundle.setDocumentInformation(info);
            bundle.save(tmp.toFile());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bundle.getNumberOfPages();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing to clean up
            }
            throw new RedactionFailedException("documentenbundel", e.getMessage(), e);
        } finally {
            for (PDDocument d : open) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // read-only sources
                }
            }
        }
    }
}
