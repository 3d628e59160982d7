/**
 * The public portal: the most-wanted list and the public page of each notice that its issuing
 * agency shared with the public, with the rewards offered, in Spanish and English. Anonymous,
 * read-only, and it sets no cookie; it sees exactly what {@code Viewer.PUBLIC} may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.sabueso.portal;
