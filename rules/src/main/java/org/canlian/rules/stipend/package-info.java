/**
 * Grassroots officers' stipends (残疾人专职委员补贴, county federations' work reports, 2009-2024): per officer and month the parts, who pays
 * each and the floors, from the policy in force ({@link org.canlian.rules.stipend.StipendCalculator}); budgets of a
 * unit's subtree with vacancies and unfunded floors ({@link org.canlian.rules.stipend.StipendBudget}); every amount
 * with its explanation ({@link org.canlian.rules.policy.Explanation}) in JSON, Chinese and English.
 *
 * <pre>{@code
 * StipendCalculator calc = StipendCalculator.of(policy);
 * StipendMonth m = calc.month(officer, YearMonth.of(2024, 3));
 * m.amountDue(); m.parts(); m.explanation().toText(Locale.CHINESE);
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; calculators read no clock.
 */
package org.canlian.rules.stipend;
