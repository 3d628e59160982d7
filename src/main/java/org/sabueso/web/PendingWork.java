package org.sabueso.web;

import java.util.Optional;

import org.sabueso.agency.Viewer;

/**
 * Work that waits for the signed-in staff member in some module (hits to answer, say), which the
 * console's navigation and dashboard show as a number beside that module's page. A module
 * contributes a bean; the shell asks each once per page and never learns what the work is, so
 * the shell depends on no module and no module on another's page.
 */
public interface PendingWork {

    /** What waits for this viewer, or empty when the viewer has no part in this work. */
    Optional<Count> count(Viewer viewer);

    /**
     * @param path      the console page where the work is done; the navigation finds the count by it
     * @param label     message key naming the work on the dashboard, with {@code waiting} as argument
     * @param waiting   how many items wait
     * @param lateLabel message key for the items past their deadline, with {@code late} as argument
     * @param late      how many of them are past their deadline (shown in red)
     */
    record Count(String path, String label, long waiting, String lateLabel, long late) {
    }
}
