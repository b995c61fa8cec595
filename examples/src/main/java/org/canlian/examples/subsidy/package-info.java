/**
 * The subsidy demo: eight invented claimants of 临泽县 (620723, Gansu) decided for March 2025 under the shipped national
 * and county subsidy rules ({@link org.canlian.rules.subsidy.SubsidyPolicies#GANSU_LINZE}), each with a summary table
 * and, for some, the full explanation in Chinese and English.
 *
 * <p>{@link org.canlian.examples.subsidy.SubsidyDecisions} is the program; township names come from the bundled
 * division list of the roster demo ({@link org.canlian.examples.roster.RosterReport#linze()}).
 */
package org.canlian.examples.subsidy;
