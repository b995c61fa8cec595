package org.canlian.rules.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * The parameters a policy set may contain. A policy file that names a parameter outside its catalog is refused, so a
 * misspelt key is an error, not a value silently ignored.
 *
 * <pre>{@code
 * ParameterCatalog catalog = ParameterCatalog.of(List.of(MINIMUM_WAGE, VILLAGE_LOST_WORK));
 * catalog.find("wage.minimum.monthly");       // Optional[wage.minimum.monthly (CNY/month)]
 * catalog.plus(otherCatalog);                  // both, keys must not clash
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterCatalog {
    private final Map<String, ParameterDefinition<?>> byKey;

    private ParameterCatalog(Map<String, ParameterDefinition<?>> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /**
     * A catalog of these definitions.
     *
     * @param definitions the definitions, keys distinct
     * @return the catalog
     * @throws InvalidValueException if a key appears twice
     */
    public static ParameterCatalog of(Collection<? extends ParameterDefinition<?>> definitions) {
        Map<String, ParameterDefinition<?>> map = new LinkedHashMap<>();
        for (ParameterDefinition<?> d : definitions) {
            if (map.putIfAbsent(d.key(), d) != null) {
                throw InvalidValueException.of(
                        "parameter key", "unique", Masking.quote(d.key()), "is defined twice in the catalog");
            }
        }
        return new ParameterCatalog(map);
    }

    /**
     * {@return this catalog and {@code other}'s definitions; their keys must not clash}
     *
     * @param other the catalog whose definitions are added
     */
    public ParameterCatalog plus(ParameterCatalog other) {
        List<ParameterDefinition<?>> all = new ArrayList<>(byKey.values());
        all.addAll(other.byKey.values());
        return of(all);
    }

    /** This catalog and those of {@code other}'s definitions whose keys this one does not have. */
    ParameterCatalog plusMissing(ParameterCatalog other) {
        if (other == this) {
            return this;
        }
        Map<String, ParameterDefinition<?>> map = new LinkedHashMap<>(byKey);
        other.byKey.forEach(map::putIfAbsent);
        return map.size() == byKey.size() ? this : new ParameterCatalog(map);
    }

    /**
     * {@return the definition with this key, if any}
     *
     * @param key the parameter key, e.g. {@code stipend.village.lost-work-allowance}
     */
    public Optional<ParameterDefinition<?>> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * {@return whether this catalog holds {@code definition}}
     *
     * @param definition the definition to look for
     */
    public boolean contains(ParameterDefinition<?> definition) {
        return definition.equals(byKey.get(definition.key()));
    }

    /** {@return the definitions, in the order given} */
    public Collection<ParameterDefinition<?>> definitions() {
        return byKey.values();
    }

    @Override
    public String toString() {
        return byKey.keySet().toString();
    }
}
