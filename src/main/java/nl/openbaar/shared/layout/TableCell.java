package nl.openbaar.shared.layout;

/**
 * A table or spreadsheet cell in a {@link DocumentText}: where its text lies and the text of the cell at the top
 * of its column (its header), so that detection can read "a value in the column 'Telefoon'" as a phone number.
 * A cell's text is a unit: it is never run together with the cell beside it.
 *
 * @param start  offset of the cell's first character in {@link DocumentText#text()}
 * @param end    offset after its last character
 * @param page   the page number the cell is on
 * @param header the text of the top cell of its column (on an earlier page when the table runs on), null when this
 *               cell is itself at the top of its column
 */
public record TableCell(int start, int end, int page, String header) {

    /** The same cell with offsets moved by {@code delta} (a stretch of the text scanned on its own). */
    public TableCell shifted(int delta) {
        return new TableCell(start + delta, end + delta, page, header);
    }
}
