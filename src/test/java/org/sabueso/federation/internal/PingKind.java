package org.sabueso.federation.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A message kind for the transport test only: remembers what it applied. */
class PingKind implements MessageKind {

    static final String KIND = "test.ping";

    final List<Envelope> applied = new CopyOnWriteArrayList<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void apply(Envelope envelope) {
        if (envelope.payload() != null && envelope.payload().has("refuse")) {
            throw new Refused(RefusalCode.NOT_OWNER, "asked to refuse");
        }
        applied.add(envelope);
    }
}
