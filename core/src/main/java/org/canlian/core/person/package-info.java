/** Persons: the resident identity number ({@link org.canlian.core.person.ResidentId}) and what it records. */
package org.canlian.core.person;
