package org.sabueso.network;

import org.sabueso.agency.Shared;

/**
 * How the sharing policy sees links and events: released as soon as they are recorded (no review
 * step, unlike notices) and never on the public portal, whatever their scope.
 */
public interface ReleasedWhenRecorded extends Shared {

    @Override
    default boolean released() {
        return true;
    }

    @Override
    default boolean publiclyListed() {
        return false;
    }
}
