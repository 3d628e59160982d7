package org.sabueso;

import java.util.Arrays;

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
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            // a person asking for help must not start a service (and its database) by doing so
            Commands.onClassPath().usage(System.out);
            return;
        }
        if (firstOption == 0) {
            SpringApplication.run(SabuesoApplication.class, args);
            return;
        }
        System.exit(runCommand(args));
    }

    /** Runs a sub-command in a context without web server and without demo loading. */
    static int runCommand(String[] args) throws Exception {
        return Commands.onClassPath().run(args, System.out, System.err, SabuesoApplication::startForCommand);
    }

    /** The application without web server, demo or background jobs, with Spring's options from the command line. */
    static ConfigurableApplicationContext startForCommand(String[] springOptions) {
        SpringApplication app = new SpringApplication(SabuesoApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(java.util.Map.of(
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN",
                "spring.task.scheduling.pool.size", "1"));
        // commands never load the demo and never start background jobs; the command line outranks application.properties
        String[] options = java.util.stream.Stream.concat(Arrays.stream(springOptions),
                java.util.stream.Stream.of("--sabueso.demo.enabled=false", "--sabueso.command-mode=true",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false")).toArray(String[]::new);
        return app.run(options);
    }
}
