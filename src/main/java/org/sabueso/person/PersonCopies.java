package org.sabueso.person;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Copies of other nodes' persons, the subjects of the notices this node receives (issue 16). A
 * copy keeps its id, its name as parsed, aliases, nationalities, documents, birth date, sex,
 * description and photos, and the agency that asserted them (the foreign issuing agency); it is
 * marked with the node it came from, which alone changes it.
 */
public interface PersonCopies {

    /**
     * Stores or replaces the copy and its photos (photos keep their ids; a new one is cleaned as
     * every photo that enters this node is). Refuses ({@link PersonRefusal#COPY_OF_OWN}) to
     * overwrite a person of this node or a copy from another node.
     */
    void upsert(PersonView person, List<PhotoCopy> photos, String fromNode);

    /**
     * Removes what the copy says beyond its name (aliases, nationalities, documents, description,
     * photos): its notice was withdrawn from this node. The row stays for the withdrawn notice that
     * names it. False when no copy from {@code fromNode} is held.
     */
    boolean remove(UUID id, String fromNode);

    /** The node a person held here is a copy of: empty for a person of this node or one not held. */
    Optional<String> copyOf(UUID id);

    /** Whether a person is held here at all, own or copy. */
    boolean held(UUID id);

    /** The person's photos with their bytes, newest (main) first, as the owner sends them. */
    List<PhotoCopy> photos(UUID id);

    /** A photo as it crosses between nodes. */
    record PhotoCopy(UUID id, String contentType, byte[] bytes, int width, int height, String attachedBy,
                     String attachedByAgency, Instant attachedAt) {
    }
}
