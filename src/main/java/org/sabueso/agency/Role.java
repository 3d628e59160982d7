package org.sabueso.agency;

/** What a staff member may do; a user holds one or more. */
public enum Role { ANALYST, SUPERVISOR, BORDER_OFFICER, PRISON_OFFICER, AUDITOR, ADMIN }
