/** The second-generation disability certificate (残疾人证): its number, and its lifecycle. */
package org.canlian.core.certificate;
