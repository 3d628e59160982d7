package org.sabueso.screening;

public enum LinkStatus { PROPOSED, ACCEPTED, REJECTED }
