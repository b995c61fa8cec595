/**
 * canlian inside Apache Spark: a province's or the nation's roster paid on the engine the data platform already runs,
 * with exactly the single-machine payroll's results. {@link org.canlian.examples.spark.SparkPayroll} reads a roster
 * (CSV or Parquet) into a Dataset, reads and checks each partition with the library's roster reader (one person, one
 * certificate checked across partitions too), decides it with the policy shipped once to every executor, merges the
 * partial payrolls, and writes the payroll by unit, programme and month and the rejected rows as datasets of their own;
 * with a reform file, also the budget difference of the reform.
 *
 * <p>Compiled only under the Maven profile {@code spark} (README, "National scale on Apache Spark"); Spark itself is
 * {@code provided}.
 */
package org.canlian.examples.spark;
