package org.sabueso.tip.internal;

import java.util.List;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.shared.SubCommand;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tips rotate-key --agency PE-PNP} (or {@code --all}): gives the agency a new tip key pair,
 * moves every tip it receives onto it and erases the old private key. Run against the service's
 * database and with its master key (same data folder or the same {@code sabueso.tip.master-key}).
 */
@Command(name = "tips rotate-key", description = "a new tip key pair for the agency; every tip it holds re-wrapped, the old private key erased")
class TipKeysCommand implements SubCommand {

    @Option(names = "--agency", paramLabel = "ID", description = "the agency whose key is rotated")
    String agency;

    @Option(names = "--all", description = "every agency")
    boolean all;

    @Override
    public int run(ApplicationContext context) {
        Agencies agencies = context.getBean(Agencies.class);
        AgencyKeys keys = context.getBean(AgencyKeys.class);
        List<String> targets;
        if (all) {
            targets = agencies.all().stream().map(AgencyView::id).toList();
        } else if (agency != null && agencies.find(agency).isPresent()) {
            targets = List.of(agency);
        } else {
            System.err.println("tips rotate-key: name a known agency with --agency ID, or --all");
            return USAGE;
        }
        for (String target : targets) {
            int moved = keys.rotate(target);
            System.out.println("tips rotate-key: agency=" + target + " tips_rewrapped=" + moved);
        }
        return 0;
    }
}
