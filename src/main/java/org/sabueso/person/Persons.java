package org.sabueso.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Records persons. Reads here do not apply the sharing policy: callers reach a person through a
 * record they were allowed to see, or through their own agency's assertions.
 */
public interface Persons {

    UUID record(NewPerson person, String assertingAgency);

    /** Records many at once, in one transaction, for imports; returns their ids in order. */
    List<UUID> recordAll(List<NewPerson> persons, String assertingAgency);

    /** Replaces what the agency asserted about the person. */
    void revise(UUID id, NewPerson person, String assertingAgency);

    Optional<PersonView> get(UUID id);

    Map<UUID, PersonView> getAll(Collection<UUID> ids);

    /**
     * The persons the agency already recorded under any of the given external (FollowTheMoney)
     * ids. An external id is unique per asserting agency: two agencies may each record the same one.
     */
    Map<String, UUID> idsByExternalId(String assertingAgency, Collection<String> externalIds);

    /** Streams, in pages, every person the agency asserted. */
    void forEachAssertedBy(String agencyId, Consumer<PersonView> action);

    long count();
}
