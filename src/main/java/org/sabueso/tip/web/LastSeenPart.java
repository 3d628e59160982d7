package org.sabueso.tip.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticePagePart;
import org.sabueso.tip.Sighting;
import org.sabueso.tip.Tips;
import org.springframework.stereotype.Component;

/**
 * On the console's notice page, the subject's sightings from the tips the viewer's agency
 * received, most recent first: the notice's "last seen" timeline.
 */
@Component
class LastSeenPart implements NoticePagePart {

    private final Tips tips;

    LastSeenPart(Tips tips) {
        this.tips = tips;
    }

    @Override
    public Optional<Fragment> of(Viewer viewer, NoticeDetail notice, Locale locale) {
        List<Sighting> sightings = tips.sightings(viewer, notice.id());
        return sightings.isEmpty() ? Optional.empty() : Optional.of(new Fragment("tip/parts", "lastSeen", sightings));
    }
}
