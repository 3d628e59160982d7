package org.sabueso.interchange;

import java.util.List;
import java.util.UUID;

import org.sabueso.shared.Refusal;

/**
 * What an import did: lines read, persons imported, how many of them got a notice, entities of
 * other schemata skipped, the rejected lines (the first {@link #MAX_LISTED} listed, all counted),
 * and the organizations, addresses and links recorded for the network. The notices wait UNDER_REVIEW
 * in the import {@code importId}, which a supervisor other than the importer reviews.
 */
public record ImportReport(UUID importId, long lines, long imported, long notices, long skipped, long rejectedCount,
                           List<RejectedLine> rejected, long organizations, long addresses, long links) {

    /** At most this many rejected lines are listed; the rest are only counted. */
    public static final int MAX_LISTED = 1000;

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A line left out of the import, with why: the FtM property at fault (null when the line as a
     * whole is) and the refusal's code. {@code line} counts from 1.
     */
    public record RejectedLine(long line, String property, Refusal refusal) {
    }
}
