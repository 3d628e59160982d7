package org.sabueso.person;

/** Height in centimetres, build, and distinguishing marks (scars, tattoos), each optional. */
public record PhysicalDescription(Integer heightCm, String build, String marks) {
    public static final PhysicalDescription NONE = new PhysicalDescription(null, null, null);
}
