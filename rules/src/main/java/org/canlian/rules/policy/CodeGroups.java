package org.canlian.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value of a {@link Unit#GROUPS} parameter: groups of two or more codes, in order, e.g. the benefits of which a
 * person keeps only the highest ({@code [["old-age-allowance", "living"], ["old-age-allowance", "care"]]}).
 *
 * <pre>{@code
 * CodeGroups g = CodeGroups.of(List.of(List.of("old-age-allowance", "living")));
 * g.groups().get(0);                     // [old-age-allowance, living]
 * g.contains("living");                  // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeGroups {
    private final List<List<String>> groups;

    private CodeGroups(List<List<String>> groups) {
        this.groups = groups;
    }

    /**
     * Groups of codes; each group has two or more distinct codes. An empty list (no groups) is allowed: a region that
     * lets every benefit stack.
     *
     * @param groups the groups
     * @return the value
     * @throws IllegalArgumentException if a group has fewer than two codes or a code twice
     */
    public static CodeGroups of(List<List<String>> groups) {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> g : groups) {
            if (g.size() < 2 || g.stream().distinct().count() != g.size()) {
                throw new IllegalArgumentException("a group has two or more distinct codes: " + g);
            }
            copy.add(List.copyOf(g));
        }
        return new CodeGroups(List.copyOf(copy));
    }

    /** {@return the groups, in order} */
    public List<List<String>> groups() {
        return groups;
    }

    /**
     * {@return whether some group lists {@code code}}
     *
     * @param code a code of the fact the groups are made of
     */
    public boolean contains(String code) {
        return groups.stream().anyMatch(g -> g.contains(code));
    }

    /** The groups in words, by the codes' names. */
    String describe(List<FactCode> codes, boolean chinese) {
        if (groups.isEmpty()) {
            return chinese ? "无" : "none";
        }
        StringBuilder out = new StringBuilder();
        for (List<String> g : groups) {
            out.append(out.length() == 0 ? "" : chinese ? "；" : "; ");
            for (int i = 0; i < g.size(); i++) {
                String name = g.get(i);
                for (FactCode c : codes) {
                    if (c.code().equals(name)) {
                        name = chinese ? c.chinese() : c.english();
                    }
                }
                out.append(i == 0 ? "" : chinese ? "与" : " or ").append(name);
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeGroups other && groups.equals(other.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groups);
    }

    @Override
    public String toString() {
        return groups.toString();
    }
}
