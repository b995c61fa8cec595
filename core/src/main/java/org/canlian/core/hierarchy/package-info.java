/**
 * The federation hierarchy (CDPF charter; county federations' work reports, 2009-2024): federation units from the nation to the township, grassroots associations
 * of villages and communities, their governance, special associations and officers, and the immutable tree that holds
 * them.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link java.util.Optional}. Every type
 * is immutable and thread-safe.
 */
package org.canlian.core.hierarchy;
