package org.sabueso.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Copies of other nodes' persons many at a time (issue 16: the subjects of a snapshot chunk). Only
 * persons not held here at all are stored this way; one held already goes through
 * {@link PersonCopies#upsert}.
 */
public interface PersonCopyBatches {

    /** Each of the persons held here: empty for a person of this node, else the node it is a copy of. */
    Map<UUID, Optional<String>> holders(Collection<UUID> ids);

    /**
     * Stores the copies, none held here yet, with their facts as asserted by each one's
     * {@code assertedBy} agency, and without photos: those follow with their notice's own state.
     */
    void insertAll(List<PersonView> persons, String fromNode);
}
