package org.sabueso.network;

/** Kinds of dated event on the timeline. */
public enum EventKind {
    FOUNDED, TOOK_CONTROL, RAID, ESCAPE, REWARD, SIGHTING, ARREST, DESIGNATION, NOTICE, OTHER
}
