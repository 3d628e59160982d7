package org.sabueso.notice.web;

import java.util.List;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeStatus;

/**
 * Which action forms the notice page offers the viewer. A courtesy only: the notice module
 * decides, and a refused action comes back as a message on the page.
 */
record ConsoleActions(boolean edit, boolean submit, boolean review, List<NoticeStatus> transitions, boolean renew) {

    static ConsoleActions of(Viewer viewer, NoticeDetail n) {
        boolean issuer = viewer.belongsTo(n.issuingAgencyId()) && viewer.isAgencyAnalystOrSupervisor();
        boolean supervisor = issuer && viewer.has(Role.SUPERVISOR);
        NoticeStatus status = n.status();
        List<NoticeStatus> transitions = !issuer ? List.of() : status.next().stream()
                .filter(t -> t == NoticeStatus.LOCATED || t == NoticeStatus.ARRESTED
                        || (t == NoticeStatus.ACTIVE && status == NoticeStatus.LOCATED)
                        || (t == NoticeStatus.CANCELLED && supervisor))
                .sorted().toList();
        return new ConsoleActions(issuer && status == NoticeStatus.DRAFT, issuer && status == NoticeStatus.DRAFT,
                supervisor && status == NoticeStatus.UNDER_REVIEW, transitions, supervisor && status.open());
    }

    public boolean any() {
        return edit || submit || review || !transitions.isEmpty() || renew;
    }
}
