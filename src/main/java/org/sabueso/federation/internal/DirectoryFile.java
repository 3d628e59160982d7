package org.sabueso.federation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's file format: {@code directory.json} lists the nodes, and beside it
 * {@code directory.json.sig} holds the base64 Ed25519 signature, by the federation's directory
 * key, over the file's exact bytes. The directory key's public half is {@code directory-key.pub}
 * (base64 X.509) unless {@code sabueso.federation.directory-key} names another file: in a real
 * deployment each node pins it out of band, so whoever can replace the directory cannot also
 * replace the key that checks it.
 */
public final class DirectoryFile {

    public static final String SIGNATURE_SUFFIX = ".sig";
    public static final String DIRECTORY_KEY_FILE = "directory-key.pub";

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One agency as the directory names it; {@code kind} is an {@code agency.AgencyKind}. */
    public record Agency(String id, String country, String name, String kind) {
    }

    /** One node or post; {@code publicKey} is base64 X.509. */
    public record Node(String id, String country, String parent, List<Agency> agencies, String publicKey) {
    }

    public record Content(int format, List<Node> nodes) {
    }

    private DirectoryFile() {
    }

    /** Writes the directory and its signature. */
    public static void write(Content content, PrivateKey directoryKey, Path file) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content);
        Files.write(file, bytes);
        Files.writeString(signatureOf(file), Base64.getEncoder().encodeToString(Keys.sign(directoryKey, bytes)) + "\n",
                StandardCharsets.US_ASCII);
    }

    /**
     * Reads the directory and checks its signature; throws {@link IllegalStateException} with a
     * message an operator can act on when the file, its signature or the key does not hold.
     */
    public static Content readVerified(Path file, Path directoryKeyFile) {
        byte[] bytes;
        String signature;
        PublicKey key;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("federation directory " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            signature = Files.readString(signatureOf(file), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalStateException("federation directory " + file + " has no signature file " + signatureOf(file), e);
        }
        try {
            key = Keys.publicKey(Files.readString(directoryKeyFile, StandardCharsets.US_ASCII));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the federation's directory key " + directoryKeyFile + " cannot be read: "
                    + e.getMessage(), e);
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            sig = null;
        }
        if (!Keys.verify(key, bytes, sig)) {
            throw new IllegalStateException("federation directory " + file
                    + ": signature does not verify with the directory key " + directoryKeyFile + "; refusing to start");
        }
        try {
            Content content = JSON.readValue(bytes, Content.class);
            if (content.nodes() == null || content.nodes().isEmpty()) {
                throw new IllegalStateException("federation directory " + file + " lists no node");
            }
            return content;
        } catch (JacksonException e) {
            throw new IllegalStateException("federation directory " + file + " is not a directory: " + e.getOriginalMessage(), e);
        }
    }

    public static Path signatureOf(Path file) {
        return file.resolveSibling(file.getFileName() + SIGNATURE_SUFFIX);
    }
}
