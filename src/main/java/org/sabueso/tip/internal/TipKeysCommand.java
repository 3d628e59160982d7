package org.sabueso.tip.internal;

import java.util.List;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.shared.SubCommand;
import org.springframework.stereotype.Component;

/**
 * {@code tips rotate-key --agency PE-PNP} (or {@code --all}): gives the agency a new tip key pair,
 * moves every tip it receives onto it and erases the old private key. Run against the service's
 * database and with its master key (same data folder or the same {@code sabueso.tip.master-key}).
 */
@Component
class TipKeysCommand implements SubCommand {

    private final AgencyKeys keys;
    private final Agencies agencies;

    TipKeysCommand(AgencyKeys keys, Agencies agencies) {
        this.keys = keys;
        this.agencies = agencies;
    }

    @Override
    public List<String> words() {
        return List.of("tips", "rotate-key");
    }

    @Override
    public String description() {
        return "--agency ID | --all: a new tip key pair for the agency; every tip it holds re-wrapped, the old private key erased";
    }

    @Override
    public int run(List<String> args) {
        List<String> targets;
        int i = args.indexOf("--agency");
        if (args.contains("--all")) {
            targets = agencies.all().stream().map(AgencyView::id).toList();
        } else if (i >= 0 && i + 1 < args.size() && agencies.find(args.get(i + 1)).isPresent()) {
            targets = List.of(args.get(i + 1));
        } else {
            System.err.println("tips rotate-key: name a known agency with --agency ID, or --all");
            return 2;
        }
        for (String agency : targets) {
            int moved = keys.rotate(agency);
            System.out.println("tips rotate-key: agency=" + agency + " tips_rewrapped=" + moved);
        }
        return 0;
    }
}
