package org.sabueso.network.internal;

import java.util.Optional;
import java.util.Set;

import org.sabueso.agency.Agencies;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * What links and events ask of the nodes and agencies they name: whether a node exists and of what
 * kind (persons from the person module, the rest from this module's tables), the person's name
 * kept for labels, and whether partner agencies exist.
 */
@Component
class Nodes {

    private final NodeRepository repository;
    private final Persons persons;
    private final Agencies agencies;

    Nodes(NodeRepository repository, Persons persons, Agencies agencies) {
        this.repository = repository;
        this.persons = persons;
        this.agencies = agencies;
    }

    /** The kind of an existing node, or empty. */
    Optional<NodeType> kindOf(NodeRef ref) {
        if (ref.type() == NodeType.PERSON) {
            return persons.get(ref.id()).map(p -> NodeType.PERSON);
        }
        return repository.kindOf(ref);
    }

    /** The kind of an existing node; refused naming the field when there is none. */
    NodeType existing(String field, NodeRef ref) {
        return kindOf(ref).orElseThrow(() -> new DomainException.InvalidInput(field, NetworkRefusal.NO_SUCH_NODE,
                ref.type().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Keeps the written name of a person a link or event names, for the graph's labels. */
    void rememberIfPerson(NodeRef ref) {
        if (ref.type() == NodeType.PERSON) {
            persons.get(ref.id()).ifPresent(p -> repository.rememberPerson(p.id(), p.writtenName()));
        }
    }

    void partnersMustExist(Set<String> partners) {
        for (String p : partners) {
            if (agencies.find(p).isEmpty()) {
                throw new DomainException.InvalidInput("partners", NetworkRefusal.UNKNOWN_AGENCY, Texts.abbreviate(p));
            }
        }
    }
}
