/**
 * JSON for every canlian core type: one Jackson {@link org.canlian.core.json.CanlianModule}, discoverable through
 * {@code META-INF/services}.
 */
package org.canlian.core.json;
