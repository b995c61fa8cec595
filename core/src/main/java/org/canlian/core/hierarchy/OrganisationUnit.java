package org.canlian.core.hierarchy;

import java.util.Objects;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/**
 * One unit of the hierarchy as seen from outside: its code, name and kind. A view made on demand by {@link Hierarchy},
 * which stores units far more compactly.
 *
 * <pre>{@code
 * OrganisationUnit town = hierarchy.unit(DivisionCode.parse("620723101")).orElseThrow();
 * town.name();      // "沙河镇"
 * town.kind();      // TOWN_FEDERATION
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the unit's division code
 * @param name the unit's name as the statistics bureau writes it
 * @param kind the kind, read from the code
 */
public record OrganisationUnit(DivisionCode code, String name, UnitKind kind) {
    /**
     * Validates the components.
     *
     * @param code the unit's division code
     * @param name the unit's name as the statistics bureau writes it
     * @param kind the kind, read from the code
     */
    public OrganisationUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@return the unit's level} */
    public DivisionLevel level() {
        return code.level();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
