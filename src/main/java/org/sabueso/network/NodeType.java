package org.sabueso.network;

/** What a node of the graph is. Persons are the person module's; the rest are this module's. */
public enum NodeType {
    PERSON, ORGANIZATION, PLACE, FACILITY
}
