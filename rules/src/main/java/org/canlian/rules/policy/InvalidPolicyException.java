package org.canlian.rules.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy set is refused, carrying every error found (not only the first), each with its location.
 *
 * <pre>{@code
 * try {
 *     PolicyFiles.read(catalog, json, "county-a.json");
 * } catch (InvalidPolicyException e) {
 *     e.errors();   // [$.parameters[0].values[1].from: starts on 2019-06-01 ... they overlap, ...]
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidPolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<PolicyError> errors;

    InvalidPolicyException(String what, List<PolicyError> errors) {
        super("Invalid policy " + what + " (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "):\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** {@return every error found, in file order} */
    public List<PolicyError> errors() {
        return errors;
    }
}
