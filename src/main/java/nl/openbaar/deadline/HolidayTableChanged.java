package nl.openbaar.deadline;

/**
 * Published when the installation's Atw calendar changed, so that whoever keeps deadlines recomputes them.
 *
 * @param reason what changed, in words, for the timeline of every request whose deadline moves
 */
public record HolidayTableChanged(String reason) {
}
