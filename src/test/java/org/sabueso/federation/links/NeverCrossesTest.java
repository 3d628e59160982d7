package org.sabueso.federation.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.SharingScope;
import org.sabueso.federation.TipsAndLinksFakes;
import org.sabueso.network.Confidence;
import org.sabueso.network.LinkType;
import org.sabueso.network.NetworkLinkExchange.LinkCopy;
import org.sabueso.network.NodeRef;
import org.sabueso.screening.LinkExchange.LinkRecord;
import org.sabueso.tip.TipExchange.SealedTip;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * What the tips and links kinds carry never includes what item 2 of issue 16 keeps home: anything
 * about a tipster, prisoner files, audit entries, AGENCY and NATIONAL records.
 */
class NeverCrossesTest {

    /** Words that would name something about a tipster, a prisoner's file or the audit trail. */
    static final Pattern KEPT_HOME = Pattern.compile(
            "(?i).*(receipt|codename|tipster|claimant|address|agent|session|cookie|custody|prisoner|inmate|facility|audit|label).*");

    static final List<Class<?>> PAYLOADS = List.of(SealedTip.class, SealedTip.Recipient.class, SealedTip.Entry.class,
            SealedTip.SealedPhoto.class, LinkRecord.class, LinkCopy.class, org.sabueso.screening.Explanation.class);

    @Test
    void no_payload_of_the_tips_and_links_kinds_has_a_part_about_a_tipster_a_prisoner_or_the_audit_trail() {
        List<String> parts = new ArrayList<>();
        for (Class<?> type : PAYLOADS) {
            for (RecordComponent c : type.getRecordComponents()) {
                parts.add(type.getSimpleName() + "." + c.getName());
            }
        }
        parts.add("KeyState.agencyId");
        assertThat(parts).isNotEmpty().noneMatch(p -> KEPT_HOME.matcher(p.substring(p.indexOf('.') + 1)).matches());
    }

    @Test
    void an_agency_or_national_network_link_reaches_no_node_not_even_a_post_of_its_own_country() {
        for (SharingScope scope : Set.of(SharingScope.AGENCY, SharingScope.NATIONAL)) {
            LinkCopy link = new LinkCopy(UUID.randomUUID(), LinkType.ASSOCIATE, NodeRef.person(UUID.randomUUID()),
                    NodeRef.person(UUID.randomUUID()), null, null, null, null, Confidence.PROBABLE, "CO-DIJIN", "CO", scope,
                    Set.of("VE-CICPC", "PE-PNP"), null, "co.analyst");
            for (var node : TipsAndLinksFakes.NODES) {
                assertThat(NetworkLinkRecords.mayReach(link, node))
                        .as("%s link to %s", scope, node.id()).isFalse();
            }
        }
    }

    @Test
    void the_tips_and_links_kinds_never_read_prisoner_files_or_the_audit_trail() {
        JavaClasses ours = new ClassFileImporter().importPackages("org.sabueso.federation.tips", "org.sabueso.federation.links");
        assertThat(ours.size()).isPositive();
        ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.sabueso.custody..", "org.sabueso.audit..", "org.sabueso.reward..")
                .check(ours);
    }
}
