/**
 * Batches of rows: CSV reading with line numbers, and results that keep every valid row and report every invalid
 * one, stopping or going on as the caller chose ({@link org.canlian.core.batch.OnInvalidRow}).
 */
package org.canlian.core.batch;
