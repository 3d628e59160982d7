package org.sabueso.person;

/** Another name the person is known by; a nickname is what people call them ("Niño Guerrero"). */
public record Alias(String name, boolean nickname) {
    public Alias {
        if (name == null || name.isBlank()) {
            throw new org.sabueso.shared.InvalidValue(PersonRefusal.ALIAS_EMPTY);
        }
        name = name.strip();
    }
}
