package org.sabueso.screening;

import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Viewer;

/**
 * Cross-agency links: when a notice becomes active, notices of other agencies on the same person
 * are proposed as links; an analyst of either agency accepts or rejects. A link is shown only to
 * viewers who may see both notices.
 */
public interface Links {

    /**
     * Proposals (or all links with {@code status}) the viewer's agency may decide, newest first.
     * Refused (NotAllowed) without {@link org.sabueso.agency.Capability#ANSWER_HITS}.
     */
    List<LinkView> queue(Viewer viewer, LinkStatus status);

    LinkView decide(Viewer viewer, UUID linkId, boolean accept);

    /**
     * Accepted links of a notice whose other notice the viewer may see: "also wanted by Peru".
     * NotFound when the viewer may not see the notice itself.
     */
    List<LinkView> linkedTo(Viewer viewer, UUID noticeId);
}
