package org.sabueso.screening;

/** MATCH: the issuing agency is asked to confirm at once. POSSIBLE: shown to the officer to judge. */
public enum Decision { MATCH, POSSIBLE }
