package org.canlian.core.certificate;

/** A rule broken by a step, before it becomes a {@link Refusal} naming state and step. Immutable. */
record Violation(String rule, String reason) {}
