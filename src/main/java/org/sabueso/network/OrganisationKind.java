package org.sabueso.network;

public enum OrganisationKind {
    CRIMINAL_ORGANISATION, GANG, CELL, COMPANY, OTHER
}
