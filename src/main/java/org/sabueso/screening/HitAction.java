package org.sabueso.screening;

/** What the issuing agency asks the screening officer to do once it confirms a hit. */
public enum HitAction { ARREST, LOCATE, INFORM }
