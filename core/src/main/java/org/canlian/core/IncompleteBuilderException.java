package org.canlian.core;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Thrown by a canlian builder's {@code build()} when attributes that have no default were never set: names the type
 * and each missing attribute, and says to set them.
 *
 * <pre>{@code
 * Officer.builder().person(ResidentId.parse("11010519491231002X")).build();
 * // IncompleteBuilderException: Cannot build Officer: missing qualification, unit, post, openSelection,
 * //     contractStart, contractEnd, combinesPublicWelfarePost (set each on the builder, e.g. .qualification(...),
 * //     before build()) (rule required-attributes)
 * }</pre>
 *
 * <p>It is an {@link IllegalStateException}, as the builder's state is at fault, not an argument. canlian's Immutables
 * style ({@link CanlianStyle}) makes every generated builder throw it. This class is immutable and thread-safe.
 */
public final class IncompleteBuilderException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The message Immutables formats: {@code Cannot build Officer, some of required attributes are not set [a, b]}. */
    private static final Pattern GENERATED =
            Pattern.compile("Cannot build (\\S+), some of required attributes are not set \\[([^\\]]*)\\]");

    /** The simple name of the type that could not be built, e.g. {@code "Officer"}. */
    private final String type;
    /** The attributes never set, in declaration order. */
    private final List<String> missing;

    /**
     * Made by the generated builders, from the message Immutables formats; not meant to be called by applications.
     *
     * @param generatedMessage {@code Cannot build Officer, some of required attributes are not set [person, unit]}
     */
    public IncompleteBuilderException(String generatedMessage) {
        this(parse(generatedMessage));
    }

    private IncompleteBuilderException(Parsed parsed) {
        super(parsed.missing().isEmpty() ? parsed.raw() : message(parsed.type(), parsed.missing()));
        this.type = parsed.type();
        this.missing = parsed.missing();
    }

    /** {@return the simple name of the type that could not be built, e.g. {@code "Officer"}} */
    public String type() {
        return type;
    }

    /** {@return the attributes never set, in declaration order, e.g. {@code [person, unit]}} */
    public List<String> missingAttributes() {
        return missing;
    }

    /** {@return a stable rule name for tests and translations: {@code required-attributes}} */
    public String rule() {
        return "required-attributes";
    }

    private record Parsed(String type, List<String> missing, String raw) {}

    private static Parsed parse(String generated) {
        Matcher m = GENERATED.matcher(generated == null ? "" : generated);
        if (!m.find()) {
            // Another state Immutables refuses (e.g. a cycle of derived attributes): its own words.
            return new Parsed("value", List.of(), String.valueOf(generated));
        }
        List<String> names = Arrays.stream(m.group(2).split(","))
                .map(String::trim)
                .filter(n -> !n.isEmpty())
                .toList();
        return new Parsed(m.group(1), names, generated);
    }

    private static String message(String type, List<String> missing) {
        return "Cannot build " + type + ": missing " + String.join(", ", missing) + " (set "
                + (missing.size() == 1 ? "it" : "each") + " on the builder, e.g. "
                + missing.stream().limit(1).map(n -> "." + n + "(...)").collect(Collectors.joining())
                + ", before build()) (rule required-attributes)";
    }
}
