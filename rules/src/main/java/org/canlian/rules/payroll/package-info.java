/**
 * Payrolls over rosters: what a region's roster is paid per programme, month and unit of the hierarchy
 * ({@link org.canlian.rules.payroll.Payroll}), exact to the fen; arrears (补发) after a retroactive revision, what was
 * paid as known then against what is owed as known now ({@link org.canlian.rules.payroll.BackPay}); and a reform's
 * effect, the same roster under two policies ({@link org.canlian.rules.payroll.ReformImpact}). Each streams its
 * roster with the subsidy rules compiled once per month ({@link org.canlian.rules.subsidy.CompiledSubsidies}),
 * reports every row it cannot process or decide with its line and reason (never a personal number), stops or goes on
 * as the caller chose ({@link org.canlian.core.batch.OnInvalidRow}), and gives the same result run in one thread, in
 * parallel, or as partial results merged.
 *
 * <pre>{@code
 * PayrollCalculator calc = PayrollCalculator.of(
 *         SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE)),
 *         PayrollScope.ofYear(DivisionCode.parse("620723"), 2025),
 *         OnInvalidRow.REPORT_AND_CONTINUE);
 * Payroll payroll = calc.run(roster);
 * payroll.total(DivisionCode.parse("620723101"), Programme.CARE, YearMonth.of(2025, 3));   // people, amount
 * }</pre>
 *
 * <p>Amounts are in each programme's unit: a monthly programme's in every month of eligibility, a yearly programme's
 * once a calendar year, in the first month of the period in which the person is eligible, a one-off grant in its
 * month. Every type here is immutable and
 * thread-safe; nulls are refused as {@code org.canlian.core} states; no clock is read (progress is timed by a ticker,
 * {@code System.nanoTime} unless the caller gives one, and time never enters a result).
 */
package org.canlian.rules.payroll;
