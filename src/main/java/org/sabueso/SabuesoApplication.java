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
        app.setDefaultProperties(java.util.Map.of(
                "sabueso.demo.enabled", "false",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN",
                "spring.task.scheduling.pool.size", "1",
                "sabueso.command-mode", "true"));
        List<String> words = Arrays.asList(args);
        try (ConfigurableApplicationContext ctx = app.run(onlyOptions(args))) {
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

    /** Spring sees only the --options; the command words are ours. */
    private static String[] onlyOptions(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--spring.") || a.startsWith("--sabueso.")
                || a.startsWith("--logging.")).toArray(String[]::new);
    }
}
