package org.sabueso.network.internal;

import org.sabueso.agency.Viewer;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.shared.DomainException;

/** Who may read and who may record network facts, and the sizes every aggregate's text keeps to. */
final class NetworkRules {

    /** A name or title: as long as the longest organisation names and aliases in the sanctions lists seen. */
    static final int MAX_NAME = 300;
    /** A summary, source or address: a paragraph, not a document. */
    static final int MAX_TEXT = 4000;

    private NetworkRules() {
    }

    static void onlyStaffMayReadTheNetwork(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new DomainException.NotAllowed(NetworkRefusal.STAFF_ONLY);
        }
    }

    /** A fact is issued by an agency of a country, so the recorder must belong to one. */
    static void onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor() || viewer.country() == null) {
            throw new DomainException.NotAllowed(NetworkRefusal.RECORD_NOT_ALLOWED);
        }
    }
}
