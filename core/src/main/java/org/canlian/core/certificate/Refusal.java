package org.canlian.core.certificate;

import java.util.Objects;

/**
 * A step of the certificate lifecycle that a rule does not allow: the state it was tried in, the step, the rule
 * broken and why. A value, not an exception: refusals are ordinary outcomes of the procedure.
 *
 * <pre>{@code
 * Refusal r = new Refusal("application IN_NOTICE", "approve", "notice-period",
 *         "the public notice runs until 2025-02-14");
 * r.message();   // "Refused approve in application IN_NOTICE [notice-period]: the public notice runs until 2025-02-14"
 * }</pre>
 *
 * <p>Messages never carry a full resident ID or certificate number. This record is immutable and thread-safe.
 *
 * @param state the state the step was tried in, e.g. {@code application IN_NOTICE} or {@code certificate ACTIVE}
 * @param step the step tried, the command's JSON type name, e.g. {@code approve}
 * @param rule a stable identifier of the rule broken, e.g. {@code notice-period}
 * @param reason what is wrong, for a reader
 */
public record Refusal(String state, String step, String rule, String reason) {
    /**
     * Checks every part is given.
     *
     * @param state the state the step was tried in, e.g. {@code application IN_NOTICE} or {@code certificate ACTIVE}
     * @param step the step tried, the command's JSON type name, e.g. {@code approve}
     * @param rule a stable identifier of the rule broken, e.g. {@code notice-period}
     * @param reason what is wrong, for a reader
     */
    public Refusal {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@return the refusal as one line: {@code Refused <step> in <state> [<rule>]: <reason>}} */
    public String message() {
        return "Refused " + step + " in " + state + " [" + rule + "]: " + reason;
    }
}
