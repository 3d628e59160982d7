package org.sabueso.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sabueso.demo.DemoAgencies;
import org.sabueso.federation.internal.DirectoryFile;

/** {@code federation init}'s files: a directory that verifies, private keys for their owner only, and refusals. */
class FederationSetupTest {

    @TempDir
    Path dir;

    @Test
    void the_directory_lists_the_demo_agencies_of_each_node_and_verifies() {
        FederationSetup.Result r = FederationSetup.init(List.of("VE", "CO", "PE"),
                List.of(FederationSetup.Post.parse("CO-CUCUTA:CO:CO-DIJIN")), DemoAgencies.all(), dir);
        DirectoryFile.Content content = DirectoryFile.readVerified(r.directory(), r.directoryKey());
        assertThat(content.nodes()).extracting(DirectoryFile.Node::id).containsExactly("VE", "CO", "PE", "CO-CUCUTA");
        assertThat(content.nodes().get(0).agencies()).extracting(DirectoryFile.Agency::id).containsExactly("VE-CICPC");
        assertThat(content.nodes().get(3).parent()).isEqualTo("CO");
        assertThat(r.privateKeys()).containsOnlyKeys("VE", "CO", "PE", "CO-CUCUTA");
    }

    @Test
    void private_keys_are_readable_by_their_owner_only() throws Exception {
        FederationSetup.Result r = FederationSetup.init(List.of("VE"), List.of(), DemoAgencies.all(), dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(r.privateKeys().get("VE")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("directory-key.pem")))).isEqualTo("rw-------");
    }

    @Test
    void a_directory_changed_after_signing_is_refused() throws Exception {
        FederationSetup.Result r = FederationSetup.init(List.of("VE", "PE"), List.of(), DemoAgencies.all(), dir);
        String text = Files.readString(r.directory(), StandardCharsets.UTF_8);
        Files.writeString(r.directory(), text.replace("PE-PNP", "PE-XXX"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DirectoryFile.readVerified(r.directory(), r.directoryKey()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("signature does not verify");
    }

    @Test
    void a_directory_signed_by_another_key_is_refused() {
        FederationSetup.Result one = FederationSetup.init(List.of("VE"), List.of(), DemoAgencies.all(), dir.resolve("one"));
        FederationSetup.Result other = FederationSetup.init(List.of("VE"), List.of(), DemoAgencies.all(), dir.resolve("other"));
        assertThatThrownBy(() -> DirectoryFile.readVerified(one.directory(), other.directoryKey()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("signature does not verify");
    }

    @Test
    void unknown_countries_posts_of_unlisted_nodes_and_foreign_agencies_are_refused() {
        assertThatThrownBy(() -> FederationSetup.init(List.of("XX"), List.of(), DemoAgencies.all(), dir))
                .hasMessageContaining("no agency of country XX");
        assertThatThrownBy(() -> FederationSetup.init(List.of("ve\u0000"), List.of(), DemoAgencies.all(), dir))
                .hasMessageContaining("country code");
        assertThatThrownBy(() -> FederationSetup.init(List.of("VE"), List.of(FederationSetup.Post.parse("CO-CUCUTA:CO:CO-DIJIN")),
                DemoAgencies.all(), dir)).hasMessageContaining("not listed");
        assertThatThrownBy(() -> FederationSetup.init(List.of("VE", "CO"), List.of(FederationSetup.Post.parse("CO-CUCUTA:CO:VE-CICPC")),
                DemoAgencies.all(), dir)).hasMessageContaining("holds no agency VE-CICPC");
        assertThatThrownBy(() -> FederationSetup.Post.parse("CO-CUCUTA")).hasMessageContaining("ID:NODE:AGENCY");
    }
}
