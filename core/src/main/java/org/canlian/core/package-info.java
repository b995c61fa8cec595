/**
 * canlian core: the model and value types of China's disabled persons' federation system.
 *
 * <p>Sub-packages are domain concepts: {@code person} (resident IDs), {@code disability} (category and grade),
 * {@code certificate} (the number and the certificate's lifecycle), {@code calendar} (working days),
 * {@code division} (administrative division codes), {@code hierarchy} (federations, associations, officers),
 * {@code money}, {@code batch} (CSV rows and their errors), {@code sample} (deterministic test data), and
 * {@code json} (the one Jackson module for all of them).
 *
 * <p>Null policy, for every package of canlian: no method accepts or returns {@code null} unless its Javadoc says
 * so; a {@code null} argument throws {@link java.lang.NullPointerException} naming the parameter. Invalid values
 * throw {@link org.canlian.core.InvalidValueException}, naming the field, the rule and the (masked) value.
 */
package org.canlian.core;
