/**
 * The federation hierarchy in use: {@link org.canlian.examples.hierarchy.CountySelfCheck}, a county federation's
 * annual self-check of 临泽县 against the organisation standard, and the national benchmarks
 * ({@link org.canlian.examples.hierarchy.HierarchyBenchmark}, {@link org.canlian.examples.hierarchy.NationalLoad}).
 */
package org.canlian.examples.hierarchy;
