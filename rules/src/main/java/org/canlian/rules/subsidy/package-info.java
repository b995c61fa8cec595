/**
 * Disability subsidy eligibility: is this person eligible for this programme in this county in this month, how much,
 * and why (or why not), citing the rule. The programmes ({@link org.canlian.rules.subsidy.Programme}) are the living
 * subsidy and the care subsidy of 国发〔2015〕52号, the elderly allowance, the fuel subsidy, school and college grants
 * and the medical-insurance premium. Who is eligible and for how much is policy data: per programme a dated, regional,
 * cited decision table ({@link org.canlian.rules.policy.DecisionTable}) over the claimant's facts
 * ({@link org.canlian.rules.subsidy.SubsidyFacts}), an exclusions table, payment start and stop rules, and "higher of"
 * groups ({@link org.canlian.rules.subsidy.SubsidyParameters}); the shipped files are listed in
 * {@link org.canlian.rules.subsidy.SubsidyPolicies}.
 *
 * <pre>{@code
 * PolicySet policy = SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE);
 * SubsidyCalculator calculator = SubsidyCalculator.of(policy).asKnownOn(LocalDate.of(2025, 4, 10));
 * SubsidyDecision care = calculator.decide(claimant, Programme.CARE, YearMonth.of(2025, 3));
 * care.eligibility();                         // ELIGIBLE, NOT_ELIGIBLE or CANNOT_DECIDE
 * care.explanation().toText(Locale.CHINESE);  // every fact, rule, table row and policy value, cited
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe (builders are for one thread); nulls are refused as
 * {@code org.canlian.core} states; no clock is read.
 */
package org.canlian.rules.subsidy;
