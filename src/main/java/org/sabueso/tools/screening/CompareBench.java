package org.sabueso.tools.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.sabueso.screening.CompareRequest;
import org.sabueso.shared.SubCommand;
import org.sabueso.tools.http.LoadClient;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench compare [--pairs FILE] --url URL --user U --password P}: the compare endpoint
 * ({@code POST /api/v1/screenings/compare}) of a running service judged against pairs of people
 * labelled by a person, as the held-out evaluation of issue 14 does. Reads the line-based pairs
 * format of OpenSanctions' matcher training data ({@link LabelledPairs}; plain or {@code .gz});
 * without {@code --pairs}, a small set of Latin American names the project labelled itself, which
 * is no held-out measure but shows the command working. A pair is "said the same" when the answer
 * is POSSIBLE or MATCH (the default POSSIBLE threshold); precision, recall and F1 are printed for
 * that and for MATCH alone. Last line:
 * {@code compare: pairs=N same=P different=Q tp=.. fp=.. fn=.. tn=.. precision=.. recall=.. f1=.. refused=R}.
 */
@Command(name = "bench compare", description = "the compare endpoint of a running service against labelled pairs of people")
class CompareBench implements SubCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The project's own labelled pairs (src/main/resources), used when no file is given. */
    static final String SAMPLE = "/bench/latin-american-pairs.ndjson";

    @Option(names = "--pairs", paramLabel = "FILE", description = "labelled pairs, one JSON object a line (.gz read as such); default: the project's own sample")
    Path pairs;

    @Option(names = "--url", paramLabel = "URL", description = "the running service (default ${DEFAULT-VALUE})")
    String url = "http://localhost:8080";

    @Option(names = "--user", paramLabel = "U", description = "an analyst, supervisor or border officer (default ${DEFAULT-VALUE})")
    String user = "pe.analyst";

    @Option(names = "--password", paramLabel = "P", description = "their password (default: the demo's)")
    String password = "demo-pass";

    @Option(names = "--limit", paramLabel = "N", description = "pairs read at most (default: all)")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", paramLabel = "T", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--explain", paramLabel = "N", description = "wrong answers printed with their explanation (default ${DEFAULT-VALUE})")
    int explain = 0;

    @Override
    public boolean needsApplication() {
        return false;
    }

    @Override
    public int run(ApplicationContext unused) throws Exception {
        if (threads < 1 || limit < 1 || explain < 0) {
            System.err.println("bench compare: --threads and --limit must be at least 1, --explain at least 0");
            return USAGE;
        }
        LabelledPairs.Read read;
        try (BufferedReader in = open()) {
            read = LabelledPairs.read(in, limit);
        }
        System.out.printf(Locale.ROOT, "bench compare: %d pairs of two persons from %s (left out: %d not two persons, "
                        + "%d neither positive nor negative, %d unreadable lines, %d without a name)%n", read.pairs().size(),
                pairs == null ? "the project's sample" : pairs, read.notPersons(), read.undecided(), read.unreadable(),
                read.withoutName());
        if (read.pairs().isEmpty()) {
            System.err.println("bench compare: no pair to compare");
            return 1;
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        List<String> answers = new ArrayList<>();
        long start = System.nanoTime();
        try (LoadClient client = new LoadClient(auth)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<String>> futures = new ArrayList<>();
                for (LabelledPairs.Pair p : read.pairs()) {
                    futures.add(pool.submit(() -> decision(client, p)));
                }
                for (Future<String> f : futures) {
                    answers.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(read.pairs(), answers, seconds);
    }

    private int report(List<LabelledPairs.Pair> pairs, List<String> answers, double seconds) {
        PairTally possible = new PairTally();
        PairTally match = new PairTally();
        int refused = 0;
        int same = 0;
        int printed = 0;
        for (int i = 0; i < pairs.size(); i++) {
            LabelledPairs.Pair p = pairs.get(i);
            String decision = answers.get(i);
            boolean answered = !decision.startsWith("refused");
            refused += answered ? 0 : 1;
            same += p.same() ? 1 : 0;
            boolean saidSame = answered && !decision.startsWith("NO_MATCH");
            possible.add(p.same(), saidSame);
            match.add(p.same(), answered && decision.startsWith("MATCH"));
            if (printed < explain && p.same() != saidSame) {
                printed++;
                System.out.printf(Locale.ROOT, "bench compare: line %d labelled %s: %s | %s -> %s%n", p.line(),
                        p.same() ? "same" : "different", describe(p.a()), describe(p.b()), decision);
            }
        }
        System.out.printf(Locale.ROOT, "bench compare: %d pairs in %.1f s (%.0f/s, %d clients)%n", pairs.size(), seconds,
                pairs.size() / seconds, threads);
        System.out.println("compare-at-match: " + match.line(""));
        System.out.printf(Locale.ROOT, "compare: pairs=%d same=%d different=%d %s refused=%d%n", pairs.size(), same,
                pairs.size() - same, possible.line(""), refused);
        return refused == 0 ? 0 : 1;
    }

    /** The answer's decision, with its score and explanation codes for --explain; "refused <status>" when not 200. */
    private String decision(LoadClient client, LabelledPairs.Pair p) throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(new CompareRequest(p.a(), p.b(), "bench compare: labelled pairs"));
        LoadClient.Answer r = client.postJson(url + "/api/v1/screenings/compare", body);
        if (r.status() != 200) {
            return "refused " + r.status() + " " + new String(r.body(), StandardCharsets.UTF_8);
        }
        JsonNode answer = JSON.readTree(r.body());
        StringBuilder codes = new StringBuilder();
        answer.path("explanation").forEach(e -> codes.append(' ').append(e.path("code").asString("")));
        return String.format(Locale.ROOT, "%s %.3f%s", answer.path("decision").asString(""),
                answer.path("score").asDouble(), codes);
    }

    private static String describe(CompareRequest.Person p) {
        return p.name() + (p.birthDate() == null ? "" : " " + p.birthDate())
                + (p.nationality() == null ? "" : " " + p.nationality())
                + (p.documents().isEmpty() ? "" : " " + p.documents().size() + " doc");
    }

    private BufferedReader open() throws IOException {
        InputStream raw = pairs == null ? CompareBench.class.getResourceAsStream(SAMPLE) : Files.newInputStream(pairs);
        if (raw == null) {
            throw new IOException("the sample " + SAMPLE + " is not in this jar");
        }
        InputStream in = pairs != null && pairs.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
