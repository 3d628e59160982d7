package org.sabueso.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sabueso.agency.AgencyView;
import org.sabueso.federation.internal.DirectoryFile;
import org.sabueso.federation.internal.Keys;

/**
 * Sets up a federation's files ({@code federation init}, tests and the bench): each node's and
 * post's Ed25519 key pair, the federation's directory key, and the directory signed with it. The
 * private keys are PKCS#8 PEM files readable by their owner only; in a deployment each stays on
 * its node and the directory key offline (docs/adr/0010).
 *
 * <p>Files under {@code out}: {@code directory.json}, {@code directory.json.sig},
 * {@code directory-key.pub}, {@code directory-key.pem}, and per node {@code <ID>.pem} and
 * {@code <ID>.pub}.
 */
public final class FederationSetup {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern POST_ID = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,30}");

    /** A border post: {@code CO-CUCUTA:CO:CO-DIJIN} is post CO-CUCUTA of node CO, for agency CO-DIJIN. */
    public record Post(String id, String parent, String agencyId) {

        public static Post parse(String text) {
            String[] parts = text.split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("a post is ID:NODE:AGENCY, such as CO-CUCUTA:CO:CO-DIJIN, not " + text);
            }
            return new Post(parts[0].strip(), parts[1].strip(), parts[2].strip());
        }
    }

    /** Where the files went; {@code privateKeys} by node id, for the node's {@code sabueso.node.key}. */
    public record Result(Path directory, Path directoryKey, Map<String, Path> privateKeys) {
    }

    private FederationSetup() {
    }

    /**
     * Writes a federation of {@code nodes} (country codes) and {@code posts} into {@code out}; each
     * node holds the {@code agencies} of its country. Refuses an unknown country, a post of a
     * node not listed, or a post's agency that its node does not hold.
     */
    public static Result init(List<String> nodes, List<Post> posts, List<AgencyView> agencies, Path out) {
        List<DirectoryFile.Node> entries = new ArrayList<>();
        Map<String, KeyPair> keys = new LinkedHashMap<>();
        Map<String, List<DirectoryFile.Agency>> byNode = new LinkedHashMap<>();
        for (String node : nodes) {
            if (!COUNTRY.matcher(node).matches()) {
                throw new IllegalArgumentException("a node is a country code such as VE, not " + node);
            }
            List<DirectoryFile.Agency> held = agencies.stream().filter(a -> a.country().value().equals(node))
                    .map(a -> new DirectoryFile.Agency(a.id(), a.country().value(), a.name(), a.kind().name())).toList();
            if (held.isEmpty()) {
                throw new IllegalArgumentException("no agency of country " + node);
            }
            if (byNode.put(node, held) != null) {
                throw new IllegalArgumentException("node " + node + " named twice");
            }
        }
        for (String node : byNode.keySet()) {
            KeyPair pair = Keys.generate();
            keys.put(node, pair);
            entries.add(new DirectoryFile.Node(node, node, null, byNode.get(node), Keys.publicKeyText(pair.getPublic())));
        }
        for (Post post : posts) {
            if (!POST_ID.matcher(post.id()).matches() || keys.containsKey(post.id())) {
                throw new IllegalArgumentException("a post id is its country and a name, such as CO-CUCUTA, not " + post.id());
            }
            List<DirectoryFile.Agency> parentHolds = byNode.get(post.parent());
            if (parentHolds == null) {
                throw new IllegalArgumentException("post " + post.id() + " belongs to node " + post.parent() + ", which is not listed");
            }
            List<DirectoryFile.Agency> one = parentHolds.stream().filter(a -> a.id().equals(post.agencyId())).toList();
            if (one.isEmpty()) {
                throw new IllegalArgumentException("node " + post.parent() + " holds no agency " + post.agencyId());
            }
            KeyPair pair = Keys.generate();
            keys.put(post.id(), pair);
            entries.add(new DirectoryFile.Node(post.id(), post.parent(), post.parent(), one, Keys.publicKeyText(pair.getPublic())));
        }
        try {
            Files.createDirectories(out);
            KeyPair directoryKey = Keys.generate();
            Path directory = out.resolve("directory.json");
            DirectoryFile.write(new DirectoryFile.Content(1, entries), directoryKey.getPrivate(), directory);
            Path directoryPublic = out.resolve(DirectoryFile.DIRECTORY_KEY_FILE);
            Files.writeString(directoryPublic, Keys.publicKeyText(directoryKey.getPublic()) + "\n", StandardCharsets.US_ASCII);
            Keys.writePrivateKey(directoryKey.getPrivate(), out.resolve("directory-key.pem"));
            Map<String, Path> privateKeys = new LinkedHashMap<>();
            for (var e : keys.entrySet()) {
                Path key = out.resolve(e.getKey() + ".pem");
                Keys.writePrivateKey(e.getValue().getPrivate(), key);
                Files.writeString(out.resolve(e.getKey() + ".pub"), Keys.publicKeyText(e.getValue().getPublic()) + "\n",
                        StandardCharsets.US_ASCII);
                privateKeys.put(e.getKey(), key);
            }
            return new Result(directory, directoryPublic, Map.copyOf(privateKeys));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the federation's files under " + out, e);
        }
    }
}
