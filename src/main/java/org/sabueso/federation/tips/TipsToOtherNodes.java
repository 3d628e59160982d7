package org.sabueso.federation.tips;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sabueso.federation.FederationStatus;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.federation.links.Nodes;
import org.sabueso.tip.TipExchange;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts tips and tip keys in the outbox, in the transaction of the change (plain listeners run
 * inside it): a tip filed here goes, sealed, to each node that holds one of its receiving agencies,
 * one message per node carrying only that node's agencies' wrapped keys; a new key of an agency
 * held here goes to every national node; at start every own agency's key is sent again, so a node
 * that missed one (or joined) has it before a tipster needs it.
 */
@Component
@FederatedNode
class TipsToOtherNodes {

    private final Directory directory;
    private final Outbox outbox;
    private final FederationStatus status;
    private final TipExchange tips;
    private final TransactionTemplate inTransaction;

    TipsToOtherNodes(Directory directory, Outbox outbox, FederationStatus status, TipExchange tips,
                     PlatformTransactionManager transactions) {
        this.directory = directory;
        this.outbox = outbox;
        this.status = status;
        this.tips = tips;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(TipExchange.TipFiled e) {
        if (!status.federated()) {
            return;
        }
        for (Map.Entry<String, Set<String>> to : byNode(tips.recipients(e.tipId())).entrySet()) {
            tips.sealedFor(e.tipId(), to.getValue()).ifPresent(sealed ->
                    outbox.send(Kinds.TIP_SEALED, SealedTipMessages.PREFIX + e.tipId(), to.getKey(), sealed));
        }
    }

    @EventListener
    void on(TipExchange.AgencyKeyChanged e) {
        if (status.federated() && Nodes.heldHere(directory, e.agencyId())) {
            outbox.recordChanged(Kinds.AGENCY_KEY_STATE, e.agencyId());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announceKeys() {
        if (!status.federated()) {
            return;
        }
        List<String> own = directory.selfEntry().agencyIds().stream().filter(a -> Nodes.heldHere(directory, a)).sorted().toList();
        inTransaction.executeWithoutResult(tx -> own.forEach(a -> {
            tips.publicKey(a);
            outbox.recordChanged(Kinds.AGENCY_KEY_STATE, a);
        }));
    }

    /** The receiving agencies held by other nodes, by node. */
    Map<String, Set<String>> byNode(List<String> agencies) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String agency : agencies) {
            Nodes.heldElsewhere(directory, agency).ifPresent(node -> out.computeIfAbsent(node, n -> new TreeSet<>()).add(agency));
        }
        return out;
    }
}
