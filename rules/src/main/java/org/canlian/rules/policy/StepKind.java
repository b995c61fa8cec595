package org.canlian.rules.policy;

/**
 * What an {@link Explanation} step records; its code is the {@code kind} of the step in the explanation's JSON.
 *
 * <pre>{@code
 * StepKind.PARAMETER.code();      // "parameter"
 * StepKind.ofCode("condition");   // CONDITION
 * StepKind.find("remark");        // Optional.empty
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StepKind implements PolicyCode {
    /** A policy value used, with its region, period and source. */
    PARAMETER("parameter"),
    /** A named rule applied (a payment start or stop rule, an exclusion, a "higher of" group). */
    RULE("rule"),
    /** A fact of the case as the calculator saw it (age on the benefit date, certificate status, ...). */
    FACT("fact"),
    /** A condition tested: a table row matched, failed or could not be decided, and why. */
    CONDITION("condition"),
    /** A status of the case in the month (not yet started, stopped, vacant, ...). */
    STATUS("status"),
    /** A piece of arithmetic, with the resulting amount. */
    ARITHMETIC("arithmetic"),
    /** The result: eligible with an amount, not eligible, or cannot decide. */
    OUTCOME("outcome");

    private final String code;

    StepKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * {@return the kind with this code}
     *
     * @param code the code the JSON form uses, e.g. {@code condition}
     * @throws org.canlian.core.InvalidValueException naming the codes allowed
     */
    public static StepKind ofCode(String code) {
        return PolicyCode.of(StepKind.class, "explanation step kind", code);
    }

    /**
     * {@return the kind with this code, if any}
     *
     * @param code the code the JSON form uses, e.g. {@code condition}
     */
    public static java.util.Optional<StepKind> find(String code) {
        return PolicyCode.find(StepKind.class, code);
    }
}
