package org.sabueso.agency;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The viewer of the current request: the authenticated staff member, or {@link Viewer#PUBLIC}.
 * Controllers may also declare a {@code Viewer} parameter, resolved from the same place.
 */
public final class CurrentViewer {

    private CurrentViewer() {
    }

    public static Viewer get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Viewer.PUBLIC;
        }
        if (auth.getPrincipal() instanceof org.sabueso.agency.internal.ViewerSource source) {
            return source.viewer();
        }
        return Viewer.PUBLIC;
    }
}
