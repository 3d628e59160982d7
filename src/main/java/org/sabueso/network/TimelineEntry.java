package org.sabueso.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;

/** One dated event on a timeline, with the nodes it is about. */
public record TimelineEntry(UUID id, PartialDate occurred, LocalDate day, EventKind kind, String title,
                            String description, String source, String origin, List<Subject> subjects,
                            String issuingAgencyId, String issuingCountry, SharingScope sharingScope,
                            Set<String> partnerAgencyIds) implements ReleasedWhenRecorded {

    /** A node the event is about, with its label. */
    public record Subject(NodeRef node, String label) {
    }
}
