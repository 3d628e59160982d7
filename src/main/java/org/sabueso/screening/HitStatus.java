package org.sabueso.screening;

/** OPEN until the issuing agency answers: CONFIRMED (it is our subject) or REJECTED (not the person). */
public enum HitStatus { OPEN, CONFIRMED, REJECTED }
