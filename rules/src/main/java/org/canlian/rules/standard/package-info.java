/**
 * The organisation standard (city and county federations' work reports, 2009-2024): a configurable {@link org.canlian.rules.standard.OrganisationStandard},
 * the {@link org.canlian.rules.standard.StandardCheck} calculator that checks a hierarchy with its facts, and the
 * {@link org.canlian.rules.standard.StandardReport} it produces, with per-unit findings and exact roll-up rates.
 *
 * <p>Null policy: no method accepts or returns {@code null}, except the position accessors documented as such.
 * Every type is immutable and thread-safe.
 */
package org.canlian.rules.standard;
