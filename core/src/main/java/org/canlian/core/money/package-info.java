/** Exact money in yuan, held as whole fen. */
package org.canlian.core.money;
