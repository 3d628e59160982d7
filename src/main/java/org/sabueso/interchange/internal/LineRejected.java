package org.sabueso.interchange.internal;

/** A line of an import that cannot be taken, with a reason that names the property at fault. */
final class LineRejected extends RuntimeException {

    LineRejected(String message) {
        super(message, null, false, false);
    }
}
