package org.sabueso.notice;

import java.util.Locale;
import java.util.Optional;

import org.sabueso.agency.Viewer;

/**
 * A part of the console's notice page that another module contributes, such as the notices of
 * other agencies linked to this one (the screening module). The notice page shows every part it
 * is given without depending on the module that gives it, so modules that depend on notices can
 * still add to its page.
 */
public interface NoticePagePart {

    /** The part for this viewer and notice, in the page's language, or empty when there is nothing to show. */
    Optional<Fragment> of(Viewer viewer, NoticeDetail notice, Locale locale);

    /**
     * The Thymeleaf fragment {@code template :: selector}, rendered with the variable {@code part}
     * bound to {@code value}.
     */
    record Fragment(String template, String selector, Object value) {
    }
}
