/** Disability classification of GB/T 26341-2010: seven categories, four grades. */
package org.canlian.core.disability;
