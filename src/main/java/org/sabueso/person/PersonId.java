package org.sabueso.person;

import java.util.Objects;
import java.util.UUID;

/** The id of a person on record, typed so that a notice's or a file's id cannot be passed by mistake. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "a person id");
    }

    public static PersonId of(UUID value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
