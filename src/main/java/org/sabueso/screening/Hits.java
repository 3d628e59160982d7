package org.sabueso.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.shared.Page;

/**
 * Hits: the issuing agency's inbox of MATCHes on its notices, and the answers the screening
 * officer sees. A hit is seen by the issuing agency and by the agency that screened, no other.
 */
public interface Hits {

    /**
     * Hits on the viewer's agency's notices, newest first; {@code status} null for all. Refused
     * (NotAllowed) without {@link org.sabueso.agency.Capability#ANSWER_HITS}.
     */
    Page<HitView> inbox(Viewer viewer, HitStatus status, int page);

    /** Hits the viewer's agency opened by screening, newest first, with their answers. */
    Page<HitView> sent(Viewer viewer, int page);

    Optional<HitView> get(Viewer viewer, UUID id);

    List<HitView> ofScreening(Viewer viewer, UUID screeningId);

    /** The issuing agency confirms (with the action for the officer) or rejects the hit. */
    HitView answer(Viewer viewer, UUID id, boolean confirmed, HitAction action, String note);

    /** Open hits of the viewer's agency past their deadline. */
    long overdue(Viewer viewer);
}
