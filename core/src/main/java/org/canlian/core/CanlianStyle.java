package org.canlian.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of canlian: generated {@code Immutable*} classes stay package-private behind the abstract
 * type, which exposes {@code of(...)} factories and a {@code builder()}; copies come from {@code with*} methods.
 *
 * <p>A type with a builder declares it as an abstract nested {@code Builder} whose abstract methods the generated
 * builder implements (Immutables' guide, "Hide implementation class"): its methods are then documented API, and the
 * javadoc tool needs no generated source to document them.
 *
 * <pre>{@code
 * @Value.Immutable
 * @CanlianStyle
 * public abstract class Officer {
 *     public abstract ResidentId person();
 *     public static Builder builder() { return ImmutableOfficer.builder(); }
 *     public abstract static class Builder {
 *         Builder() {}
 *         public abstract Builder person(ResidentId person);
 *         public abstract Officer build();
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        // A builder missing attributes names them in canlian's words, not Immutables' (pitfall 3).
        throwForInvalidImmutableState = IncompleteBuilderException.class,
        defaults = @Value.Immutable(copy = true))
public @interface CanlianStyle {}
