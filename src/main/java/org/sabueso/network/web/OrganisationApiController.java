package org.sabueso.network.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Confidence;
import org.sabueso.network.EventKind;
import org.sabueso.network.LinkType;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NewDesignation;
import org.sabueso.network.NewEvent;
import org.sabueso.network.NewLink;
import org.sabueso.network.NewOrganisation;
import org.sabueso.network.NewPlace;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationKind;
import org.sabueso.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations and links", description = "Criminal organisations, places, typed links and the timeline")
class OrganisationApiController {

    private final Network network;

    OrganisationApiController(Network network) {
        this.network = network;
    }

    @GetMapping("/organizations")
    @Operation(summary = "Find organisations by name or alias")
    NetworkJson.OrganisationPage search(Viewer viewer, @RequestParam(required = false) String q,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "25") int size) {
        var result = network.searchOrganisations(viewer, q, page, size);
        return new NetworkJson.OrganisationPage(result.items().stream().map(NetworkJson.Organisation::of).toList(),
                result.total(), result.page(), result.size());
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "An organisation with its members (by visible membership links), places, designations, "
            + "timeline, key players and communities")
    NetworkJson.OrganisationDetailJson read(Viewer viewer, @PathVariable UUID id) {
        return NetworkJson.OrganisationDetailJson.of(network.organisation(viewer, id, "api")
                .orElseThrow(() -> new DomainException.NotFound(NetworkRefusal.NO_ORGANISATION, id)));
    }

    @PostMapping("/organizations")
    @Operation(summary = "Record an organisation")
    ResponseEntity<NetworkJson.Created> create(Viewer viewer, @RequestBody NetworkJson.OrganisationInput in) {
        if (in == null) {
            throw new DomainException.InvalidInput("name", NetworkRefusal.REQUIRED, "name");
        }
        UUID id = network.recordOrganisation(viewer, new NewOrganisation(in.name(), in.aliases(),
                Inputs.choice(OrganisationKind.class, in.kind(), "kind", true), Inputs.partial(in.founded(), "founded"),
                Inputs.countries(in.countries(), "countries"), in.activities(), in.summary(), null));
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + id)).body(new NetworkJson.Created(id));
    }

    @PostMapping("/organizations/{id}/designations")
    @Operation(summary = "Record a sanction or terrorist designation of an organisation")
    NetworkJson.Created designate(Viewer viewer, @PathVariable UUID id, @RequestBody NetworkJson.DesignationInput in) {
        if (in == null) {
            throw new DomainException.InvalidInput("authority", NetworkRefusal.REQUIRED, "authority");
        }
        return new NetworkJson.Created(network.designate(viewer, id, new NewDesignation(in.authority(), in.program(),
                Inputs.date(in.designatedOn(), "designatedOn"), in.source())));
    }

    @PostMapping("/places")
    @Operation(summary = "Record a place or facility")
    NetworkJson.Created place(Viewer viewer, @RequestBody NetworkJson.PlaceInput in) {
        if (in == null) {
            throw new DomainException.InvalidInput("name", NetworkRefusal.REQUIRED, "name");
        }
        NodeType kind = Inputs.choice(NodeType.class, in.kind(), "kind", true);
        return new NetworkJson.Created(network.recordPlace(viewer, new NewPlace(in.name(), kind,
                Inputs.country(in.country(), "country"), in.locality(), in.address(), null)));
    }

    @PostMapping("/graph/links")
    @Operation(summary = "Record a typed link of your agency, shared like a notice (AGENCY, NATIONAL, PARTNERS, ALL_MEMBERS)")
    ResponseEntity<NetworkJson.Link> link(Viewer viewer, @RequestBody NetworkJson.LinkInput in) {
        if (in == null) {
            throw new DomainException.InvalidInput("type", NetworkRefusal.REQUIRED, "type");
        }
        NewLink link = new NewLink(Inputs.choice(LinkType.class, in.type(), "type", true), Inputs.node(in.from(), "from"),
                Inputs.node(in.to(), "to"), in.role(), Inputs.partial(in.started(), "started"),
                Inputs.partial(in.ended(), "ended"), in.source(),
                Inputs.choice(Confidence.class, in.confidence(), "confidence", false),
                Inputs.choice(SharingScope.class, in.scope(), "scope", true), Inputs.partners(in.partners()), null);
        UUID id = network.link(viewer, link);
        return ResponseEntity.created(URI.create("/api/v1/graph/links/" + id))
                .body(NetworkJson.Link.of(network.findLink(viewer, id).orElseThrow()));
    }

    @GetMapping("/graph/links/{id}")
    @Operation(summary = "One link, if you may see it")
    NetworkJson.Link readLink(Viewer viewer, @PathVariable UUID id) {
        return NetworkJson.Link.of(network.findLink(viewer, id)
                .orElseThrow(() -> new DomainException.NotFound(NetworkRefusal.NO_LINK, id)));
    }

    @DeleteMapping("/graph/links/{id}")
    @Operation(summary = "Remove a link of your agency")
    ResponseEntity<Void> unlink(Viewer viewer, @PathVariable UUID id) {
        network.removeLink(viewer, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/graph/events")
    @Operation(summary = "Put a dated event on the timeline of persons, organisations or places")
    NetworkJson.Created event(Viewer viewer, @RequestBody NetworkJson.EventInput in) {
        if (in == null) {
            throw new DomainException.InvalidInput("occurred", NetworkRefusal.REQUIRED, "occurred");
        }
        List<NodeRef> subjects = in.subjects() == null ? List.of()
                : in.subjects().stream().map(s -> Inputs.node(s, "subjects")).toList();
        return new NetworkJson.Created(network.recordEvent(viewer, new NewEvent(Inputs.partial(in.occurred(), "occurred"),
                Inputs.choice(EventKind.class, in.kind(), "kind", true), in.title(), in.description(), in.source(),
                subjects, Inputs.choice(SharingScope.class, in.scope(), "scope", true), Inputs.partners(in.partners()))));
    }

    @GetMapping("/graph/timeline")
    @Operation(summary = "The events you may see about the given nodes, oldest first")
    List<NetworkJson.Event> timeline(Viewer viewer, @RequestParam List<String> nodes) {
        List<UUID> ids = Inputs.ids(nodes, "nodes");
        if (ids.isEmpty()) {
            throw new DomainException.InvalidInput("nodes", NetworkRefusal.NODES_REQUIRED);
        }
        // the kind of node does not matter for finding its events
        return network.timeline(viewer, ids.stream().map(NodeRef::person).toList()).stream()
                .map(NetworkJson.Event::of).toList();
    }

    @GetMapping("/graph/nodes")
    @Operation(summary = "Persons in your graph, organisations and places found by name")
    List<NetworkJson.Node> nodes(Viewer viewer, @RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return network.findNodes(viewer, q, limit).stream().map(NetworkJson.Node::of).toList();
    }
}
