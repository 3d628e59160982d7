package org.sabueso.tip;

/** How sure the analyst is that a sighting is the subject. */
public enum Confidence { LOW, MEDIUM, HIGH }
