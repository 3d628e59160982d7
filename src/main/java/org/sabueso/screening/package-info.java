/**
 * Screening: "is this person wanted anywhere?" answered in milliseconds and explained. A Lucene
 * index held in the process (built from PostgreSQL at start, kept current from notice events)
 * generates candidates that survive the ways Hispanic names vary; a scorer combines name, birth
 * date, nationality and documents into a score in 0..1 with a per-feature explanation. Hits come
 * only from notices the caller may see under the sharing policy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.sabueso.screening;
