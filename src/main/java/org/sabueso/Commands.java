package org.sabueso;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

import org.sabueso.shared.SubCommand;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import picocli.CommandLine;

/**
 * The jar's commands: finds the {@link SubCommand} whose words start the command line, fills its
 * options with picocli, and only then starts the application for it. A command lives in its
 * module (audit verify in audit) or among the tools (benches); they are found on the class path
 * by their {@code @Command} annotation, so this class names none of them.
 */
final class Commands {

    /** The commands by their words ("audit verify"), found under this package. */
    private final Map<String, Class<?>> byName;

    Commands(Map<String, Class<?>> byName) {
        this.byName = byName;
    }

    static Commands onClassPath() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(CommandLine.Command.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(SubCommand.class));
        Map<String, Class<?>> found = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(Commands.class.getPackageName())) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), Commands.class.getClassLoader());
            CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
            if (command != null && SubCommand.class.isAssignableFrom(type)) {
                found.put(command.name(), type);
            }
        }
        return new Commands(found);
    }

    /**
     * Runs the command named by the leading words of {@code args}; {@code start} starts the
     * application with Spring's options and is called only once the command line is understood.
     */
    int run(String[] args, PrintStream out, PrintStream err,
            Function<String[], ConfigurableApplicationContext> start) throws Exception {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                break;
            }
            words.add(a);
        }
        String name = byName.keySet().stream()
                .filter(n -> startsWith(words, Arrays.asList(n.split(" "))))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        if (name == null) {
            err.println("unknown command: " + String.join(" ", args));
            commands(err);
            return SubCommand.USAGE;
        }
        SubCommand command = (SubCommand) CommandLine.defaultFactory().create(byName.get(name));
        List<String> rest = Arrays.asList(args).subList(name.split(" ").length, args.length);
        OptionalInt early = SubCommand.parse(command, rest, out, err);
        if (early.isPresent()) {
            return early.getAsInt();
        }
        if (!command.needsApplication()) {
            return command.run(null);
        }
        try (ConfigurableApplicationContext ctx = start.apply(
                Arrays.stream(args).filter(SubCommand::forSpring).toArray(String[]::new))) {
            return command.run(ctx);
        }
    }

    /** What {@code java -jar sabueso.jar --help} prints: how to start the service, and the commands. */
    void usage(PrintStream out) {
        out.println("usage: java -jar sabueso.jar [--spring.option=value ...]   starts the service (port 8080)");
        out.println("       java -jar sabueso.jar COMMAND [options]             runs a command and exits");
        out.println("       java -jar sabueso.jar COMMAND --help                 a command's options");
        out.println("commands:");
        commands(out);
    }

    private void commands(PrintStream out) {
        byName.forEach((n, type) -> out.println("  " + n + "  " + String.join(" ",
                type.getAnnotation(CommandLine.Command.class).description())));
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }
}
