package org.sabueso.interchange.internal;

import org.sabueso.interchange.ImportReport;
import org.sabueso.shared.Refusal;

/** A line of an import that cannot be taken: the FtM property at fault (if one is) and why, as a code. */
final class LineRejected extends RuntimeException {

    private final String property;
    private final transient Refusal refusal;

    LineRejected(String property, Refusal.Code code, Object... args) {
        this(property, Refusal.of(code, args));
    }

    LineRejected(String property, Refusal refusal) {
        // the message, for logs and tests: the property and the code, never the line's content
        super(property == null ? refusal.toString() : property + ": " + refusal, null, false, false);
        this.property = property;
        this.refusal = refusal;
    }

    String property() {
        return property;
    }

    Refusal refusal() {
        return refusal;
    }

    ImportReport.RejectedLine at(long line) {
        return new ImportReport.RejectedLine(line, property, refusal);
    }
}
