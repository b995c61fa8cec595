package org.canlian.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.money.Money;

/**
 * Reads the value of a {@link Unit#TABLE} parameter for {@link PolicyFiles}, adding every error with its JSON path to
 * the loader's list: unknown facts and codes, malformed conditions and outcomes, amounts in the wrong unit, shares of
 * unknown or non-money parameters, and rows that can never match.
 */
final class TableReader {
    /** The most rows a table (or groups a groups value) may have: bounds the loader's work on hostile files. */
    static final int MAX_ROWS = 500;

    /** The longest decimal text a percentage or an area may be: bounds BigDecimal's super-linear parsing. */
    static final int MAX_DECIMAL_LENGTH = 24;

    private static final Set<String> TABLE = Set.of("rows", "note");
    private static final Set<String> ROW = Set.of("when", "then", "note");
    private static final Set<String> RANGE = Set.of("min", "max");
    private static final Set<String> AMOUNT = Set.of("amount", "unit");
    private static final Set<String> SHARE = Set.of("share", "of", "rounding", "unit");

    private final ParameterCatalog catalog;
    private final List<PolicyError> errors;

    TableReader(ParameterCatalog catalog, List<PolicyError> errors) {
        this.catalog = catalog;
        this.errors = errors;
    }

    /** The table, or null after adding its errors. */
    DecisionTable table(ParameterDefinition<?> definition, JsonNode node, String path) {
        FactSet facts = definition.tableFacts().orElseThrow();
        if (!node.isObject()) {
            return fail(path, "must be a decision table {\"rows\": [...]}, not " + PolicyFiles.kind(node));
        }
        int before = errors.size();
        unknown(node, path, TABLE, "decision table");
        note(node, path);
        JsonNode rows = node.get("rows");
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            return fail(path + ".rows", "is required: a non-empty array of rows");
        }
        if (rows.size() > MAX_ROWS) {
            return fail(path + ".rows", "has " + rows.size() + " rows; at most " + MAX_ROWS + " are allowed");
        }
        List<DecisionTable.Row> parsed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            row(definition, facts, rows.get(i), path + ".rows[" + i + "]").ifPresent(parsed::add);
        }
        if (errors.size() > before) {
            return null;
        }
        DecisionTable table = DecisionTable.unchecked(facts, parsed);
        for (DecisionTable.RowProblem p : table.rowProblems()) {
            errors.add(PolicyError.of(path + ".rows[" + p.row() + "]", p.reason()));
        }
        return errors.size() > before ? null : table;
    }

    private Optional<DecisionTable.Row> row(
            ParameterDefinition<?> definition, FactSet facts, JsonNode node, String path) {
        if (!node.isObject()) {
            fail(path, "must be a row {\"when\": {...}, \"then\": ...}, not " + PolicyFiles.kind(node));
            return Optional.empty();
        }
        int before = errors.size();
        unknown(node, path, ROW, "table row");
        note(node, path);
        List<Condition> conditions = new ArrayList<>();
        JsonNode when = node.get("when");
        if (when != null && !when.isObject()) {
            fail(path + ".when", "must be an object of conditions by fact name, not " + PolicyFiles.kind(when));
        } else if (when != null) {
            Iterator<String> names = when.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                condition(facts, name, when.get(name), path + ".when." + name).ifPresent(conditions::add);
            }
        }
        RowOutcome outcome = outcome(definition, node.get("then"), path + ".then");
        if (errors.size() > before || outcome == null) {
            return Optional.empty();
        }
        return Optional.of(DecisionTable.Row.of(conditions, outcome));
    }

    private Optional<Condition> condition(FactSet facts, String name, JsonNode node, String path) {
        int index = facts.indexOf(name);
        if (index < 0) {
            fail(path, "unknown fact " + Masking.quote(name) + " (facts: " + facts.names() + ")");
            return Optional.empty();
        }
        Fact fact = facts.get(index);
        switch (fact.kind()) {
            case CODES: {
                if (!node.isArray() || node.isEmpty()) {
                    fail(
                            path,
                            "must be a non-empty array of " + name + " codes " + codes(fact) + ", not "
                                    + PolicyFiles.kind(node));
                    return Optional.empty();
                }
                long mask = 0;
                boolean ok = true;
                for (int i = 0; i < node.size() && i <= Fact.MAX_CODES; i++) {
                    JsonNode c = node.get(i);
                    int code = c.isTextual() ? fact.indexOf(c.asText()) : -1;
                    if (code < 0) {
                        fail(
                                path + "[" + i + "]",
                                (c.isTextual() ? Masking.quote(c.asText()) : PolicyFiles.kind(c)) + " is not a code of "
                                        + name + " " + codes(fact));
                        ok = false;
                    } else {
                        mask |= Fact.bit(code);
                    }
                }
                if (node.size() > Fact.MAX_CODES) {
                    fail(
                            path,
                            "lists " + node.size() + " codes; " + name + " has only "
                                    + fact.codes().size());
                    ok = false;
                }
                return ok ? Optional.of(Condition.ofMask(facts, index, mask)) : Optional.empty();
            }
            case NUMBER: {
                if (!node.isObject() || node.isEmpty()) {
                    fail(
                            path,
                            "must be a range {\"min\": n, \"max\": n} (either may be left out), not "
                                    + PolicyFiles.kind(node));
                    return Optional.empty();
                }
                int before = errors.size();
                unknown(node, path, RANGE, "range");
                Long min = bound(node, path, "min");
                Long max = bound(node, path, "max");
                if (errors.size() > before) {
                    return Optional.empty();
                }
                if (min != null && max != null && min > max) {
                    fail(path, "min " + min + " is above max " + max + ": no value can match");
                    return Optional.empty();
                }
                return Optional.of(Condition.range(facts, name, min, max));
            }
            default:
                if (!node.isBoolean()) {
                    fail(path, "must be true or false, not " + PolicyFiles.kind(node));
                    return Optional.empty();
                }
                return Optional.of(Condition.ofFlag(facts, index, node.asBoolean()));
        }
    }

    private Long bound(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            fail(
                    path + "." + field,
                    "must be a whole number, not " + PolicyFiles.kind(v) + " " + Masking.quote(v.toString()));
            return null;
        }
        return v.asLong();
    }

    private RowOutcome outcome(ParameterDefinition<?> definition, JsonNode node, String path) {
        Optional<Unit> tableUnit = definition.tableAmountUnit();
        if (node == null) {
            return fail(path, "is required: an amount, a share, or \"excluded\"");
        }
        if (node.isTextual() && node.asText().equals("excluded")) {
            return RowOutcome.excluded();
        }
        if (tableUnit.isEmpty()) {
            return fail(path, "must be \"excluded\": rows of " + definition.key() + " can only exclude");
        }
        if (!node.isObject()) {
            return fail(
                    path,
                    "must be {\"amount\": ..., \"unit\": ...}, {\"share\": ..., \"of\": ..., \"rounding\": ..., "
                            + "\"unit\": ...} or \"excluded\", not " + PolicyFiles.kind(node));
        }
        int before = errors.size();
        boolean share = node.has("share");
        unknown(node, path, share ? SHARE : AMOUNT, share ? "share" : "amount");
        Unit unit = unit(node, path, tableUnit.get(), definition.key());
        if (!share) {
            String text = text(node, path, "amount");
            Money amount = null;
            if (text != null) {
                try {
                    amount = Money.parse(text);
                    if (amount.isNegative()) {
                        fail(path + ".amount", "must not be negative: " + Masking.quote(text));
                    }
                } catch (InvalidValueException e) {
                    fail(path + ".amount", e.getMessage());
                }
            }
            return errors.size() > before ? null : RowOutcome.amount(amount, unit);
        }
        BigDecimal percent = percent(node, path);
        ParameterDefinition<Money> base = base(node, path, tableUnit.get());
        RoundingRule rounding = null;
        String r = text(node, path, "rounding");
        if (r != null) {
            rounding = RoundingRule.find(r).orElse(null);
            if (rounding == null) {
                fail(path + ".rounding", Masking.quote(r) + " is not one of " + PolicyCode.codes(RoundingRule.class));
            }
        }
        return errors.size() > before ? null : RowOutcome.share(percent, base, rounding, unit);
    }

    private Unit unit(JsonNode node, String path, Unit expected, String key) {
        String code = text(node, path, "unit");
        if (code == null) {
            return null;
        }
        if (!code.equals(expected.code())) {
            fail(
                    path + ".unit",
                    "unit " + Masking.quote(code) + " does not match " + key + "'s amounts in " + expected.code());
            return null;
        }
        return expected;
    }

    private BigDecimal percent(JsonNode node, String path) {
        String text = text(node, path, "share");
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_DECIMAL_LENGTH) {
            fail(path + ".share", Masking.quote(text) + " is too long for a percentage");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text);
            if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(1000)) > 0) {
                fail(path + ".share", "a share is a percentage from 0 to 1000, not " + Masking.quote(text));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            fail(path + ".share", Masking.quote(text) + " is not a decimal number such as \"25\" or \"12.5\"");
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private ParameterDefinition<Money> base(JsonNode node, String path, Unit unit) {
        String key = text(node, path, "of");
        if (key == null) {
            return null;
        }
        Optional<ParameterDefinition<?>> d = catalog.find(key);
        if (d.isEmpty()) {
            fail(path + ".of", "unknown parameter " + Masking.quote(key));
            return null;
        }
        if (d.get().unit() != unit) {
            fail(
                    path + ".of",
                    key + " is in " + d.get().unit().code() + "; a share must be of a parameter in " + unit.code());
            return null;
        }
        return (ParameterDefinition<Money>) d.get();
    }

    private String text(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            fail(path + "." + field, "is required");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            fail(path + "." + field, "must be a non-blank string, not " + PolicyFiles.kind(v));
            return null;
        }
        return v.asText();
    }

    private void note(JsonNode node, String path) {
        JsonNode n = node.get("note");
        if (n != null && !n.isTextual()) {
            fail(path + ".note", "must be a string, not " + PolicyFiles.kind(n));
        }
    }

    private void unknown(JsonNode node, String path, Set<String> known, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                fail(
                        path + "." + n,
                        "unknown property " + Masking.quote(n) + " of a " + what + " (known: " + new TreeSet<>(known)
                                + ")");
            }
        }
    }

    private static String codes(Fact fact) {
        return fact.codes().stream().map(FactCode::code).toList().toString();
    }

    private <T> T fail(String path, String reason) {
        errors.add(PolicyError.of(path, reason));
        return null;
    }
}
