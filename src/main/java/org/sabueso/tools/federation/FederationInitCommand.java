package org.sabueso.tools.federation;

import java.nio.file.Path;
import java.util.List;

import org.sabueso.demo.DemoAgencies;
import org.sabueso.federation.FederationSetup;
import org.sabueso.shared.SubCommand;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code federation init --nodes VE,CO,PE --posts CO-CUCUTA:CO:CO-DIJIN --out DIR}: the files of a
 * local federation (keys and signed directory) whose nodes hold the demo's agencies. A tool, since
 * it knows the demo; the work is {@link FederationSetup}'s.
 */
@Command(name = "federation init", description = "writes each node's key pair, the directory key and the signed directory of a local federation of the demo's agencies")
public class FederationInitCommand implements SubCommand {

    @Option(names = "--nodes", required = true, split = ",", description = "the national nodes, country codes such as VE,CO,PE")
    List<String> nodes;

    @Option(names = "--posts", split = ",", description = "border posts as ID:NODE:AGENCY, such as CO-CUCUTA:CO:CO-DIJIN")
    List<String> posts = List.of();

    @Option(names = "--out", required = true, description = "the folder to write the files into")
    Path out;

    @Override
    public boolean needsApplication() {
        return false;
    }

    @Override
    public int run(ApplicationContext unused) {
        FederationSetup.Result r;
        try {
            r = FederationSetup.init(nodes, posts.stream().map(FederationSetup.Post::parse).toList(), DemoAgencies.all(), out);
        } catch (IllegalArgumentException e) {
            System.err.println("federation init: " + e.getMessage());
            return USAGE;
        }
        System.out.printf("federation: directory %s signed, directory key %s, node keys %s%n", r.directory(),
                r.directoryKey(), String.join(" ", r.privateKeys().keySet().stream().sorted()
                        .map(id -> id + "=" + r.privateKeys().get(id)).toList()));
        return 0;
    }
}
