package org.sabueso.shared;

import java.io.Serializable;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the domain refuses, as a stable code and its arguments, never as a sentence. The edge (a
 * page or the API) turns it into text through the message bundles, under the key
 * {@code problem.<code>}; a national node that receives it from another translates it the same
 * way. Arguments are kept to values every node can read: text, numbers, dates and enum names.
 *
 * <p>A {@linkplain #sentence sentence} refusal holds text a person typed or a library wrote (a CSV
 * parser's complaint); it is shown as it is, never parsed back into meaning.
 */
public record Refusal(String code, List<Object> args) implements Serializable {

    /**
     * Words joined by dots, each starting in lower case, with dashes or inner capitals:
     * {@code photo.too-many-pixels}, {@code notAllowed.draft}. Never a space: a code is not a sentence.
     */
    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*(?:\\.[a-z0-9][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*)+");

    /** The code of a refusal that carries its text as it is, in {@code args[0]}. */
    public static final String SENTENCE = "text.as-written";

    /** A refusal code of a module; each module lists its codes in an enum implementing this. */
    public interface Code {
        String code();
    }

    public Refusal {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a refusal code: " + code);
        }
        List<Object> plain = new ArrayList<>(args == null ? List.of() : args);
        plain.replaceAll(Refusal::portable);
        args = List.copyOf(plain);
    }

    public static Refusal of(Code code, Object... args) {
        return new Refusal(code.code(), Arrays.asList(args));
    }

    /** Text shown as it is: what a person typed, or a library's own complaint. */
    public static Refusal sentence(String text) {
        return new Refusal(SENTENCE, List.of(text == null ? "" : text));
    }

    public boolean isSentence() {
        return SENTENCE.equals(code);
    }

    /** The key of its message in the bundles. */
    public String messageKey() {
        return "problem." + code;
    }

    /** Numbers stay numbers (so each language formats them), dates become ISO text, the rest its name or text. */
    private static Object portable(Object arg) {
        return switch (arg) {
            case null -> "";
            case Number n -> n;
            case String s -> s;
            case Enum<?> e -> e.name();
            case TemporalAccessor t -> t.toString();
            default -> arg.toString();
        };
    }

    /** For logs: the code and its arguments, no sentence. */
    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
