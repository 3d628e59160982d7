package org.sabueso.network;

import java.util.List;
import java.util.Set;

import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;

/** A dated event entered by hand, about one or more nodes, shared like a notice. */
public record NewEvent(PartialDate occurred, EventKind kind, String title, String description, String source,
                       List<NodeRef> subjects, SharingScope scope, Set<String> partners) {

    public NewEvent {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        partners = partners == null ? Set.of() : Set.copyOf(partners);
    }
}
