package org.sabueso.custody.internal;

import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes each staff change and read of custody records, which the audit trail keeps. */
@Component
class CustodyJournal {

    private final ApplicationEventPublisher events;

    CustodyJournal(ApplicationEventPublisher events) {
        this.events = events;
    }

    void recorded(Viewer viewer, String action, String type, UUID target, String detail) {
        events.publishEvent(new CustodyEvents.CustodyRecorded(action, type, target, detail, viewer.username(), viewer.agencyId()));
    }

    /** A read by staff; the public reads nothing here, and nothing of it is kept. */
    void read(Viewer viewer, String action, String type, UUID target, String detail) {
        if (!viewer.isPublic()) {
            events.publishEvent(new CustodyEvents.CustodyRead(action, type, target, detail, viewer.username(), viewer.agencyId()));
        }
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
