package org.sabueso.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Which part of the demo this service loads (issue 16, a node per country).
 *
 * <p>Without {@code sabueso.demo.node} (and without {@code sabueso.node.id}): all of it, one node
 * for all, exactly as before. On a federated service it defaults to the service's own country
 * ({@code sabueso.node.id}, or a post's {@code sabueso.node.post-of}).
 *
 * <p>With {@code sabueso.demo.node=VE}, one country's node. The rule is one: <b>a record is loaded
 * when the agency that issues or owns it is of that country</b>, and what it refers to is held here
 * too (Peru's reward on Venezuela's notice refers to a notice Peru's node holds only as a copy, so
 * the demo loads it on neither node; Peru offers it once the copy has arrived). Every demo agency is
 * registered all the same, so that a foreign notice's issuing agency exists here; only this
 * country's agencies get staff accounts.
 *
 * <p>A border post ({@code sabueso.node.post-of}) has no demo data of its own: what it holds are the
 * copies its national node and the others send it. The demo creates the post's one account, the
 * border officer of {@code sabueso.node.agency} ({@code <post id>.border}, e.g. {@code
 * co-cucuta.border}); {@code sabueso.demo.node}, if set, must name the post's country.
 */
@Component
@ConditionalOnProperty(name = "sabueso.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoNode {

    private final String country;
    private final String postId;
    private final String postAgency;

    DemoNode(@Value("${sabueso.demo.node:}") String demoNode, @Value("${sabueso.node.post-of:}") String postOf,
             @Value("${sabueso.node.id:}") String nodeId, @Value("${sabueso.node.agency:}") String postAgency) {
        // a federated service never loads the demo of one node for all: VE's node would then hold,
        // and speak for, Colombia's notices. Unset, the demo's country is the service's own.
        String country = !demoNode.isBlank() ? demoNode : !postOf.isBlank() ? postOf : nodeId;
        this.country = country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (this.country != null && DemoData.AGENCIES.stream().noneMatch(a -> a.country().value().equals(this.country))) {
            throw new IllegalStateException("sabueso.demo.node=" + country + " is none of the demo's countries "
                    + DemoData.AGENCIES.stream().map(a -> a.country().value()).toList());
        }
        boolean post = !postOf.isBlank();
        if (post && this.country != null && !postOf.strip().equalsIgnoreCase(this.country)) {
            throw new IllegalStateException("sabueso.demo.node=" + country + " but this is a post of " + postOf
                    + ": a post's demo account belongs to its own country");
        }
        if (post && (nodeId.isBlank() || postAgency.isBlank())) {
            throw new IllegalStateException("a post (sabueso.node.post-of=" + postOf
                    + ") needs sabueso.node.id (its own id, e.g. CO-CUCUTA) and sabueso.node.agency (its one agency)");
        }
        this.postId = post ? nodeId.strip() : null;
        this.postAgency = post ? postAgency.strip() : null;
    }

    /** The whole demo, one node for all. */
    boolean whole() {
        return country == null && postId == null;
    }

    /** A border post: no demo data of its own. */
    boolean post() {
        return postId != null;
    }

    /** The one rule: the records of this agency are loaded here. */
    boolean holds(String agencyId) {
        if (post()) {
            return false;
        }
        return whole() || DemoData.AGENCIES.stream()
                .anyMatch(a -> a.id().equals(agencyId) && a.country().value().equals(country));
    }

    /** The agencies whose demo staff accounts are created here. */
    List<AgencyView> staffed() {
        return DemoData.AGENCIES.stream().filter(a -> holds(a.id())).toList();
    }

    /** The post's border officer (see the class comment); empty on a node. */
    Optional<PostOfficer> postOfficer() {
        if (!post()) {
            return Optional.empty();
        }
        return Optional.of(new PostOfficer(postId.toLowerCase(Locale.ROOT) + ".border", "Oficial de frontera " + postId,
                postAgency));
    }

    record PostOfficer(String username, String displayName, String agencyId) {
    }

    /**
     * Whether this start finds the demo already loaded. One node for all looks for any agency, as
     * before; a country's node or a post looks for its own demo account, since the federation
     * registers the directory's agencies (and so makes {@link Agencies#hasAnyAgency} true) before
     * the demo has created anyone.
     */
    boolean loaded(Agencies agencies) {
        if (whole()) {
            return agencies.hasAnyAgency();
        }
        if (post()) {
            return postOfficer().map(o -> agencies.viewerFor(o.username()).isPresent()).orElse(true);
        }
        return agencies.viewerFor(country.toLowerCase(Locale.ROOT) + ".analyst").isPresent();
    }

    /** For the log: what this start loads. */
    String describe() {
        return whole() ? "all countries" : post() ? "post " + postId : "node " + country;
    }
}
