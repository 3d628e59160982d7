package org.sabueso.screening;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Viewer;

/** "Are these two one person?" with the screening's scorer, thresholds and explanation. */
public interface Comparisons {

    /**
     * Compares two people; audited like a screening, with its purpose. For analysts, supervisors
     * and border officers (NotAllowed otherwise); bad input on either side is a
     * DomainException.InvalidInput naming {@code a.<field>} or {@code b.<field>}.
     */
    CompareResult compare(Viewer viewer, CompareRequest request);

    /**
     * Why each link's two notices are thought to be one person: their subjects compared as they
     * stand now, by link id. Links whose notices are gone are left out. Not audited: the queue
     * that shows them is the analyst's own casework.
     */
    Map<UUID, CompareResult> whyLinked(List<LinkView> links);
}
