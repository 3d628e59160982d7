package org.sabueso.network.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NewEvent;
import org.sabueso.network.NodeRef;
import org.sabueso.network.Occurrence;
import org.sabueso.network.Share;
import org.sabueso.network.TimelineEntry;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline: events put on it by hand, shared like links, and occurrences other modules report
 * (notices, rewards, escapes), each recorded once.
 */
@Service
class TimelineService {

    /** Events one timeline shows: decades of a person's or an organisation's history. */
    private static final int TIMELINE_EVENTS = 1000;

    private final TimelineRepository timeline;
    private final Nodes nodes;
    private final ApplicationEventPublisher events;

    TimelineService(TimelineRepository timeline, Nodes nodes, ApplicationEventPublisher events) {
        this.timeline = timeline;
        this.nodes = nodes;
        this.events = events;
    }

    @Transactional
    public UUID recordEvent(Viewer viewer, NewEvent e) {
        NetworkRules.onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (e.occurred() == null) {
            errors.put("occurred", Refusal.of(NetworkRefusal.EVENT_DATE_REQUIRED));
        }
        if (e.kind() == null) {
            errors.put("kind", Refusal.of(NetworkRefusal.EVENT_KIND_REQUIRED));
        }
        Texts.check(errors, "title", e.title(), NetworkRules.MAX_NAME, true);
        Texts.check(errors, "description", e.description(), NetworkRules.MAX_TEXT, false);
        Texts.check(errors, "source", e.source(), NetworkRules.MAX_TEXT, false);
        if (e.subjects().isEmpty()) {
            errors.put("subjects", Refusal.of(NetworkRefusal.EVENT_SUBJECTS_REQUIRED));
        }
        if (e.scope() == null || e.scope() == SharingScope.PUBLIC) {
            errors.put("scope", Refusal.of(NetworkRefusal.EVENT_SCOPE));
        } else if (e.scope() == SharingScope.PARTNERS && e.partners().isEmpty()) {
            errors.put("partners", Refusal.of(NetworkRefusal.PARTNERS_REQUIRED));
        }
        Texts.refuseAny(errors);
        for (NodeRef s : e.subjects()) {
            nodes.existing("subjects", s);
            nodes.rememberIfPerson(s);
        }
        nodes.partnersMustExist(e.partners());
        UUID id = UUID.randomUUID();
        timeline.insertEvent(id, e.occurred(), e.kind(), e.title().strip(), e.description(), e.source(), "MANUAL", null,
                e.subjects(), new Share(viewer.agencyId(), viewer.country(), e.scope(),
                        e.scope() == SharingScope.PARTNERS ? e.partners() : Set.of()), viewer.username());
        events.publishEvent(new NetworkEvents.EventRecorded(id, e.kind(), viewer.username(), viewer.agencyId()));
        return id;
    }

    @Transactional
    public boolean recordOccurrence(Occurrence o) {
        o.subjects().forEach(nodes::rememberIfPerson);
        return timeline.insertEvent(UUID.randomUUID(), PartialDate.of(o.day()), o.kind(),
                Texts.abbreviate(o.title(), NetworkRules.MAX_NAME), o.description(), null, o.origin(), o.originRef(),
                o.subjects(), o.share(), "system");
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Viewer viewer, Collection<NodeRef> about) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        List<TimelineEntry> entries = timeline.visibleEvents(viewer, about.stream().map(NodeRef::id).toList(),
                TIMELINE_EVENTS);
        events.publishEvent(new NetworkEvents.NetworkRead("timeline", about.size() == 1 ? about.iterator().next().id()
                .toString() : null, viewer.username(), viewer.agencyId(), "timeline", entries.size()));
        return entries;
    }
}
