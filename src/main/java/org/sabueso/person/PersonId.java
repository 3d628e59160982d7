package org.sabueso.person;

import java.util.Objects;
import java.util.UUID;

/** The identity of a recorded person ({@link PersonView#id()}), typed so it is not mistaken for another id. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }
}
