package org.sabueso.notice;

/** What the issuing agency asks partners to do when they find the subject. */
public enum RequestedAction { ARREST_FOR_EXTRADITION, LOCATE, OBTAIN_INFORMATION }
