package org.sabueso.tools.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The federation a harness runs on one machine: its national nodes (VE, CO, PE...) with the demo's
 * agency of each, and any border posts, with their keys and signed directory written by the jar's
 * own {@code federation init} (run as a process, like an operator would), and the properties that
 * make a service each of them.
 */
public final class FederationLayout {

    /**
     * A national node ({@code postOf} null) or a post of one, with the agency it holds ({@code
     * federation init} gives a national node every demo agency of its country).
     */
    public record Member(String id, String postOf, String agency) {
        public boolean post() {
            return postOf != null;
        }

        /** The demo's country of this member, whose accounts its demo creates ({@code sabueso.demo.node}). */
        public String country() {
            return post() ? postOf : id;
        }
    }

    /** The demo's police agency of each country. */
    public static final Map<String, String> DEMO_AGENCY = Map.of("VE", "VE-CICPC", "CO", "CO-DIJIN", "EC", "EC-PN",
            "PE", "PE-PNP", "CL", "CL-PDI");

    private final Path dir;
    private final List<Member> members;

    private FederationLayout(Path dir, List<Member> members) {
        this.dir = dir;
        this.members = List.copyOf(members);
    }

    /** Writes keys and the signed directory for {@code members} under {@code dir} with {@code federation init}. */
    public static FederationLayout init(List<String> launcher, Path dir, List<Member> members) throws IOException,
            InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(launcher);
        command.add("federation");
        command.add("init");
        command.add("--out=" + dir.toAbsolutePath());
        command.add("--nodes=" + String.join(",", members.stream().filter(m -> !m.post()).map(Member::id).toList()));
        List<String> posts = members.stream().filter(Member::post).map(m -> m.id() + ":" + m.postOf() + ":" + m.agency()).toList();
        if (!posts.isEmpty()) {
            command.add("--posts=" + String.join(",", posts));
        }
        Path log = dir.resolve("federation-init.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("federation init failed: " + String.join(" ", command) + "\n"
                    + Files.readString(log));
        }
        return new FederationLayout(dir, members);
    }

    public List<Member> members() {
        return members;
    }

    public Path directory() {
        return dir.resolve("directory.json").toAbsolutePath();
    }

    public Path key(String memberId) {
        return dir.resolve(memberId + ".pem").toAbsolutePath();
    }

    /**
     * The properties that make a service this member of the federation, with the demo of its
     * country (no generated notices, so it starts quickly) and {@code password} for every demo account.
     */
    public Map<String, String> properties(Member m, String bootstrap, String password) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sabueso.node.id", m.id());
        if (m.post()) {
            p.put("sabueso.node.post-of", m.postOf());
            p.put("sabueso.node.agency", m.agency());
        }
        p.put("sabueso.federation.directory", directory().toString());
        p.put("sabueso.node.key", key(m.id()).toString());
        p.put("spring.kafka.bootstrap-servers", bootstrap);
        p.put("sabueso.demo.enabled", "true");
        p.put("sabueso.demo.node", m.country());
        p.put("sabueso.demo.password", password);
        p.put("sabueso.demo.generated-persons", "0");
        p.put("spring.main.banner-mode", "off");
        p.put("logging.level.root", "WARN");
        p.put("logging.level.org.sabueso", "INFO");
        return p;
    }
}
