/**
 * The same bill on Apache Spark: {@link io.partnerbill.spark.BillAggregator} sums bill lines into a
 * {@link io.partnerbill.core.bill.BillAccumulator} per partner, cycle and currency,
 * {@link io.partnerbill.spark.BillDetailsFiles} reads the operator's bill-details files with the
 * importer's checks, and {@link io.partnerbill.spark.SparkReconciliation} finds the differences.
 */
@NullMarked
package io.partnerbill.spark;

import org.jspecify.annotations.NullMarked;
