package org.sabueso.agency;

public enum AgencyKind { POLICE, PROSECUTOR, PRISON_SERVICE, BORDER, MINISTRY }
