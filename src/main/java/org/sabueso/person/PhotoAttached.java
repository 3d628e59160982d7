package org.sabueso.person;

import java.util.UUID;

import org.sabueso.shared.Auditable;

/**
 * A photo was attached to a person: audited ({@code person.photo}, who and for which person; the
 * photo's id, never its bytes). The federation module listens too (issue 16): the photos of a
 * shared notice's subject travel with the notice's copies.
 */
public record PhotoAttached(UUID photoId, UUID personId, String attachedBy, String agency) implements Auditable {

    @Override
    public String actor() {
        return attachedBy;
    }

    @Override
    public String actorAgency() {
        return agency;
    }

    @Override
    public String action() {
        return "person.photo";
    }

    @Override
    public String targetType() {
        return "person";
    }

    @Override
    public String targetId() {
        return personId.toString();
    }

    @Override
    public String detail() {
        return "photo " + photoId;
    }
}
