package org.sabueso.tip;

/** A photo as uploaded: what the browser said it is and its bytes, not yet trusted. */
public record Photo(String declaredType, byte[] bytes) {
}
