package org.canlian.rules.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * The facts the decision tables of a parameter may test, in order: a fact's position is its index for a
 * {@link FactSource}.
 *
 * <pre>{@code
 * FactSet facts = FactSet.of(List.of(grade, age, care));
 * facts.find("age");        // Optional[age]
 * facts.indexOf("age");     // 1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactSet {
    private final List<Fact> facts;
    private final Map<String, Integer> index;

    private FactSet(List<Fact> facts, Map<String, Integer> index) {
        this.facts = facts;
        this.index = index;
    }

    /**
     * The facts, in order; names must be distinct.
     *
     * @param facts the facts
     * @return the set
     */
    public static FactSet of(List<Fact> facts) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            if (index.putIfAbsent(facts.get(i).name(), i) != null) {
                throw InvalidValueException.of(
                        "fact name", "unique", Masking.quote(facts.get(i).name()), "appears twice in the fact set");
            }
        }
        return new FactSet(List.copyOf(facts), Map.copyOf(index));
    }

    /** {@return the facts, in order} */
    public List<Fact> facts() {
        return facts;
    }

    /**
     * {@return the fact at {@code index}}
     *
     * @param index the index of the fact, from 0
     */
    public Fact get(int index) {
        return facts.get(index);
    }

    /** {@return how many facts} */
    public int size() {
        return facts.size();
    }

    /**
     * {@return the fact with this name, if any}
     *
     * @param name the fact's name, as policy files write it
     */
    public Optional<Fact> find(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(facts.get(i));
    }

    /**
     * {@return the index of the fact with this name, or -1}
     *
     * @param name the fact's name, as policy files write it
     */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** {@return the names, in order} */
    public List<String> names() {
        return facts.stream().map(Fact::name).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSet other && facts.equals(other.facts);
    }

    @Override
    public int hashCode() {
        return facts.hashCode();
    }

    @Override
    public String toString() {
        return names().toString();
    }
}
