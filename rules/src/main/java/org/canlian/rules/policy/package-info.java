/**
 * Policy as dated, regional, cited data: parameters ({@link org.canlian.rules.policy.ParameterDefinition}) with typed
 * units, values in force from a date (and possibly until one) per region, each citing its source; lookups that walk
 * up the region chain to the nearest region setting a value; two time axes (benefit date, decision date); JSON files
 * validated with every error's JSON path ({@link org.canlian.rules.policy.PolicyFiles}) and a published JSON Schema.
 * Rules whose outcome depends on several facts are decision tables ({@link org.canlian.rules.policy.DecisionTable}),
 * values like any other. Every calculator reads the policy in force through one {@link
 * org.canlian.rules.policy.PolicyView} and explains itself with one {@link org.canlian.rules.policy.Explanation}.
 *
 * <pre>{@code
 * PolicySet policy = PolicyFiles.readResource(RulesCatalog.all(), "/org/canlian/rules/policy/examples/county-a.json");
 * Resolved<Money> r = policy.lookup(StipendParameters.MINIMUM_WAGE, DivisionCode.parse("629901101"),
 *         LocalDate.of(2021, 9, 1));      // 1470.00 CNY/month, set by 629901, with its source
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; nulls are refused as {@code org.canlian.core} states.
 */
package org.canlian.rules.policy;
