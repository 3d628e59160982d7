package org.sabueso.person;

public enum Sex { MALE, FEMALE, OTHER, UNKNOWN }
