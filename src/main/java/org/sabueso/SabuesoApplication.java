package org.sabueso;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sabueso.shared.SubCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sabueso: starts the web service, or with leading words such as {@code audit verify} or
 * {@code bench screening} runs that sub-command against the same database and exits.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@EnableScheduling
public class SabuesoApplication {

    @org.springframework.context.annotation.Bean
    java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }

    public static void main(String[] args) throws Exception {
        int firstOption = 0;
        while (firstOption < args.length && !args[firstOption].startsWith("-")) {
            firstOption++;
        }
        if (firstOption == 0) {
            SpringApplication.run(SabuesoApplication.class, args);
            return;
        }
        System.exit(runCommand(args));
    }

    /** Runs a sub-command in a context without web server and without demo loading. */
    static int runCommand(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(SabuesoApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> words = Arrays.asList(args);
        try (ConfigurableApplicationContext ctx = app.run(withCommandDefaults(onlyOptions(args)))) {
            Optional<SubCommand> command = ctx.getBeansOfType(SubCommand.class).values().stream()
                    .filter(c -> words.size() >= c.words().size()
                            && words.subList(0, c.words().size()).equals(c.words()))
                    .max(Comparator.comparingInt(c -> c.words().size()));
            if (command.isEmpty()) {
                System.err.println("unknown command: " + String.join(" ", words));
                ctx.getBeansOfType(SubCommand.class).values().forEach(c ->
                        System.err.println("  " + String.join(" ", c.words()) + "  " + c.description()));
                return 2;
            }
            SubCommand c = command.get();
            return c.run(words.subList(c.words().size(), words.size()));
        }
    }

    /**
     * What a command runs with unless its options say otherwise. Passed as command-line options,
     * not as default properties: defaults rank below application.properties, which turns the demo on.
     */
    private static String[] withCommandDefaults(String[] options) {
        java.util.Map<String, String> defaults = new java.util.LinkedHashMap<>();
        defaults.put("sabueso.demo.enabled", "false");
        defaults.put("spring.main.banner-mode", "off");
        defaults.put("logging.level.root", "WARN");
        defaults.put("spring.task.scheduling.pool.size", "1");
        defaults.put("sabueso.command-mode", "true");
        List<String> out = new java.util.ArrayList<>(Arrays.asList(options));
        defaults.forEach((key, value) -> {
            if (out.stream().noneMatch(o -> o.startsWith("--" + key + "="))) {
                out.add("--" + key + "=" + value);
            }
        });
        return out.toArray(String[]::new);
    }

    /** Spring sees only the --options; the command words are ours. */
    private static String[] onlyOptions(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--spring.") || a.startsWith("--sabueso.")
                || a.startsWith("--logging.")).toArray(String[]::new);
    }
}
