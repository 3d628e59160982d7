package org.sabueso.agency.internal;

import org.sabueso.agency.Viewer;

/** Implemented by the authenticated principal. */
public interface ViewerSource {
    Viewer viewer();
}
