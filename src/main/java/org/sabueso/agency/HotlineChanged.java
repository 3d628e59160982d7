package org.sabueso.agency;

import org.sabueso.shared.Auditable;

/** An agency's public tip line was set or removed by one of its supervisors. The number is public; the trail keeps who changed it. */
public record HotlineChanged(String actor, String actorAgency, boolean removed) implements Auditable {

    @Override
    public String action() {
        return "agency.hotline.change";
    }

    @Override
    public String targetType() {
        return "agency";
    }

    @Override
    public String targetId() {
        return actorAgency;
    }

    @Override
    public String detail() {
        return removed ? "hotline removed" : "hotline set";
    }
}
