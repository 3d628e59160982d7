package org.sabueso.federation.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * This node's configuration. {@code sabueso.node.id} alone switches federation on; the others are
 * then required, except {@code sabueso.federation.directory-key} (default: {@code
 * directory-key.pub} beside the directory) and {@code spring.kafka.properties.*}, passed to every
 * Kafka client as they are (TLS: {@code security.protocol=SSL}, {@code ssl.truststore.location}...).
 */
record NodeSettings(String nodeId, String postOf, String agency, Path key, Path directory, Path directoryKey,
                    String bootstrapServers, Map<String, String> kafkaProperties) {

    static NodeSettings from(Environment env) {
        String id = required(env, "sabueso.node.id");
        Path directory = Path.of(required(env, "sabueso.federation.directory"));
        String directoryKey = env.getProperty("sabueso.federation.directory-key");
        Map<String, String> extra = new HashMap<>(Binder.get(env)
                .bind("spring.kafka.properties", org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()));
        return new NodeSettings(id, blankToNull(env.getProperty("sabueso.node.post-of")),
                blankToNull(env.getProperty("sabueso.node.agency")),
                Path.of(required(env, "sabueso.node.key")), directory,
                directoryKey == null || directoryKey.isBlank()
                        ? directory.resolveSibling(DirectoryFile.DIRECTORY_KEY_FILE) : Path.of(directoryKey),
                required(env, "spring.kafka.bootstrap-servers"), Map.copyOf(extra));
    }

    Optional<String> post() {
        return Optional.ofNullable(postOf);
    }

    private static String required(Environment env, String name) {
        String v = env.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " must be set on a federation node (sabueso.node.id="
                    + env.getProperty("sabueso.node.id") + ")");
        }
        return v.strip();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
