package org.canlian.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.money.Money;

/**
 * Why a calculator's answer is what it is: the policy values used (value, region, period, source) and each rule,
 * condition and piece of arithmetic, as structured steps. Steps keep their kind, values and cited source; their text
 * is rendered in Chinese or English only when read ({@link #toText(Locale)}, {@link #toJson()}), so that building an
 * explanation is cheap and its wording is the same in every calculator.
 *
 * <pre>{@code
 * Explanation e = Explanation.builder("Gansu 临泽县 subsidies")
 *         .parameter(resolvedAmount)
 *         .step(StepKind.OUTCOME, Phrase.of("应发 {0}", "due {0}", Money.ofYuan(100)), Money.ofYuan(100))
 *         .build();
 * e.toText(Locale.CHINESE);    // "1. 护理补贴标准 = ¥100.00/月（...依据：...）\n2. 应发 ¥100.00\n"
 * e.toJson();                  // {"schema":"canlian.explanation/1","policy":"...","steps":[{"kind":"parameter",...}]}
 * }</pre>
 *
 * <p>The JSON form is stable and versioned by its {@code schema} member ({@value #JSON_SCHEMA}): an object with
 * {@code schema}, {@code policy} (the policy set's name, if known) and {@code steps}; each step has {@code kind} (a
 * {@link StepKind} code), {@code zh} and {@code en} texts, and when it applies {@code amount} (plain yuan,
 * {@code "100.00"}), {@code parameter}, {@code value}, {@code unit}, {@code region}, {@code requestedRegion},
 * {@code period}, {@code knownFrom}, {@code benefitDate}, {@code decisionDate}, {@code carriedForward},
 * {@code warning} and {@code source} ({@code issuer}, {@code document}, {@code article}, {@code date}, {@code url},
 * {@code note}), and {@code details} (named values of the step, e.g. the row tried). This class is immutable and
 * thread-safe.
 */
public final class Explanation {
    /** The version tag of the JSON form. */
    public static final String JSON_SCHEMA = "canlian.explanation/1";

    private final String policy;
    /**
     * The steps are {@code steps[0]} to {@code steps[count - 1]}, which never change; the array may be longer, and its
     * builder may go on filling the rest.
     */
    private final Step[] steps;

    private final int count;
    /**
     * The steps that follow this one's own, shared with the explanation they were built for ({@link
     * Builder#buildFollowedBy}); null if none.
     */
    private final Explanation rest;

    /**
     * The step after those of {@link #rest}, this explanation's own ({@link Builder#buildFollowedBy(Explanation, Step)});
     * null if none.
     */
    private final Step last;

    /** With {@code steps[0]} to {@code steps[count - 1]} never changed from now on (see {@link Builder#build}). */
    private Explanation(String policy, Step[] steps, int count, Explanation rest, Step last) {
        this.policy = policy;
        this.steps = steps;
        this.count = count;
        this.rest = rest;
        this.last = last;
    }

    /**
     * The number of steps: own, of the rest and the last. Counted when asked rather than kept, so that an explanation
     * of a decision, made millions of times, takes 32 bytes; the rests are shared explanations of few levels.
     */
    private int size() {
        int size = 0;
        for (Explanation e = this; e != null; e = e.rest) {
            size += e.count + (e.last == null ? 0 : 1);
        }
        return size;
    }

    /** The step at {@code index} (checked by the caller): this explanation's own, of the rest, or the last. */
    private Step stepAt(int index) {
        if (index < count) {
            return steps[index];
        }
        int after = index - count;
        if (rest != null && after < rest.size()) {
            return rest.stepAt(after);
        }
        return last; // the one index left, the caller having checked it
    }

    /** Every step in order, in a new array. */
    private Step[] all() {
        Step[] all = new Step[size()];
        fill(all, 0);
        return all;
    }

    /** Puts the steps into {@code into} from {@code at}; returns the position after them. */
    private int fill(Step[] into, int at) {
        System.arraycopy(steps, 0, into, at, count);
        at += count;
        if (rest != null) {
            at = rest.fill(into, at);
        }
        if (last != null) {
            into[at++] = last;
        }
        return at;
    }

    /** {@return a builder of an explanation that names no policy set} */
    public static Builder builder() {
        return new Builder(null);
    }

    /**
     * A builder of an explanation of a decision made under the policy set {@code policy}.
     *
     * @param policy the policy set's name, e.g. {@code "Gansu 临泽县: disability subsidies"}
     * @return the builder
     */
    public static Builder builder(String policy) {
        return new Builder(Objects.requireNonNull(policy, "policy"));
    }

    /** {@return the policy set's name, if the explanation names one} */
    public Optional<String> policy() {
        return Optional.ofNullable(policy);
    }

    /** {@return the steps, in order, as an unmodifiable list} */
    public List<Step> steps() {
        return new StepList(this);
    }

    /** A view of the steps of an explanation: its own, then those of its rest. */
    private static final class StepList extends java.util.AbstractList<Step> implements java.util.RandomAccess {
        private final Explanation explanation;

        StepList(Explanation explanation) {
            this.explanation = explanation;
        }

        @Override
        public Step get(int index) {
            Objects.checkIndex(index, explanation.size());
            return explanation.stepAt(index);
        }

        @Override
        public int size() {
            return explanation.size();
        }
    }

    /**
     * {@return this explanation followed by {@code other}'s steps (this one's policy name is kept)}
     *
     * @param other the explanation whose steps come after this one's
     */
    public Explanation followedBy(Explanation other) {
        Step[] all = new Step[size() + other.size()];
        other.fill(all, fill(all, 0));
        return new Explanation(policy != null ? policy : other.policy, all, all.length, null, null);
    }

    /** {@return the explanation as JSON, in the documented form ({@link #JSON_SCHEMA})} */
    public JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", JSON_SCHEMA);
        if (policy != null) {
            root.put("policy", policy);
        }
        ArrayNode list = root.putArray("steps");
        for (Step step : all()) {
            list.add(step.toJson());
        }
        return root;
    }

    /**
     * The steps as numbered lines of text.
     *
     * @param locale any {@code zh} locale for Chinese, any other for English
     * @return the text, one line per step
     */
    public String toText(Locale locale) {
        boolean zh = Phrase.isChinese(locale);
        StringBuilder out = new StringBuilder();
        Step[] all = all();
        for (int i = 0; i < all.length; i++) {
            out.append(i + 1).append(". ").append(all[i].text(zh)).append('\n');
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation other
                && Objects.equals(policy, other.policy)
                && Arrays.equals(all(), other.all());
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, steps());
    }

    @Override
    public String toString() {
        return toText(Locale.ENGLISH);
    }

    /**
     * Collects steps. A builder is for one thread and one explanation; the explanation it builds is immutable.
     *
     * <pre>{@code
     * Explanation.Builder b = Explanation.builder();
     * b.parameter(resolved).step(StepKind.RULE, Phrase.of("自申请当月起发放", "paid from the month of application"));
     * Explanation e = b.build();
     * }</pre>
     */
    public static final class Builder {
        private final String policy;
        /** Room for a subsidy decision's own steps without growing (the steps it shares are not copied). */
        private Step[] steps = new Step[8];

        private int count;

        private Builder(String policy) {
            this.policy = policy;
        }

        /**
         * Adds the step of a policy value used.
         *
         * @param value the policy value and where it came from
         * @return this builder
         */
        public Builder parameter(Resolved<?> value) {
            add(Step.parameter(value));
            return this;
        }

        /**
         * Adds the steps of policy values used, in order.
         *
         * @param values the policy values used, in the order they were read
         * @return this builder
         */
        public Builder parameters(List<? extends Resolved<?>> values) {
            values.forEach(this::parameter);
            return this;
        }

        /**
         * Adds a step with its text.
         *
         * @param kind what kind of step it is, e.g. a condition or the amount
         * @param text what the step says, in Chinese and English
         * @return this builder
         */
        public Builder step(StepKind kind, Phrase text) {
            add(new Step(kind, text, null, null, null, NO_DETAILS));
            return this;
        }

        /**
         * Adds a step with its text and the amount it results in.
         *
         * @param kind what kind of step it is, e.g. a condition or the amount
         * @param text what the step says, in Chinese and English
         * @param amount the amount the step results in
         * @return this builder
         */
        public Builder step(StepKind kind, Phrase text, Money amount) {
            add(new Step(kind, text, null, Objects.requireNonNull(amount, "amount"), null, NO_DETAILS));
            return this;
        }

        /**
         * Adds a step that cites a source without a parameter value (a rule of a table, a national rule).
         *
         * @param kind what kind of step it is, e.g. a condition or the amount
         * @param text what the step says, in Chinese and English
         * @param source the document the step cites
         * @return this builder
         */
        public Builder step(StepKind kind, Phrase text, Source source) {
            add(new Step(kind, text, null, null, Objects.requireNonNull(source, "source"), NO_DETAILS));
            return this;
        }

        /**
         * Adds a fully described step.
         *
         * @param step the step, with its text, amount, source and details
         * @return this builder
         */
        public Builder step(Step step) {
            add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /**
         * Adds every step of {@code other}.
         *
         * @param other the explanation whose steps are added
         * @return this builder
         */
        public Builder steps(Explanation other) {
            for (Step step : other.all()) {
                add(step);
            }
            return this;
        }

        /** {@return the explanation} */
        public Explanation build() {
            // The explanation takes the array as it is, with no copy (millions of decisions are explained): it reads
            // only its first count steps, and the builder only ever writes past them.
            return new Explanation(policy, steps, count, null, null);
        }

        /**
         * {@return the explanation of this builder's steps followed by every step of {@code rest}, which it shares
         * rather than copies} Many decisions end with the same steps (those of the same facts under the same table):
         * each keeps its own steps and refers to the shared ones. The policy name is this builder's, or {@code rest}'s
         * if this builder names none.
         *
         * <pre>{@code
         * Explanation shared = Explanation.builder().step(StepKind.CONDITION, tableRowPhrase).build();
         * Explanation mine = Explanation.builder("临泽县").step(StepKind.FACT, myCertificate).buildFollowedBy(shared);
         * mine.steps().size();   // 2
         * }</pre>
         *
         * @param rest the explanation whose steps come after this builder's
         */
        public Explanation buildFollowedBy(Explanation rest) {
            Objects.requireNonNull(rest, "rest");
            return new Explanation(policy != null ? policy : rest.policy, steps, count, rest, null);
        }

        /**
         * {@return the explanation of this builder's steps, then every step of {@code rest}, which it shares rather
         * than copies, then {@code last}} A decision whose own steps failed ends with the steps its facts decide,
         * shared, and an outcome step of its own.
         *
         * <pre>{@code
         * Explanation shared = Explanation.builder().step(StepKind.CONDITION, tableRowPhrase).build();
         * Explanation mine = Explanation.builder("临泽县")
         *         .step(StepKind.FACT, myCertificate)
         *         .buildFollowedBy(shared, Explanation.Step.of(StepKind.OUTCOME, notEligible));
         * mine.steps().size();   // 3
         * }</pre>
         *
         * @param rest the explanation whose steps come after this builder's
         * @param last the step after those of {@code rest}
         */
        public Explanation buildFollowedBy(Explanation rest, Step last) {
            Objects.requireNonNull(rest, "rest");
            Objects.requireNonNull(last, "last");
            return new Explanation(policy != null ? policy : rest.policy, steps, count, rest, last);
        }

        private void add(Step step) {
            if (count == steps.length) {
                steps = Arrays.copyOf(steps, count * 2);
            }
            steps[count++] = step;
        }
    }

    private static final Object[] NO_DETAILS = new Object[0];

    /**
     * One step: a parameter used, a rule applied, a fact, a condition tested, a status, a piece of arithmetic or the
     * outcome. Its text is rendered on demand from its {@link Phrase}.
     *
     * <pre>{@code
     * Explanation.Step s = explanation.steps().get(0);
     * s.kind();                                   // PARAMETER
     * s.parameter().get().source().citation();    // "上海市民政局, 沪民规〔2021〕..., ..."
     * s.chinese();                                // rendered now
     * Explanation.Step.of(StepKind.CONDITION, phrase).withDetail("row", 2);
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Step {
        private final StepKind kind;
        /** A {@link Phrase}, or anything that renders itself in both languages when read. */
        private final Bilingual text;

        private final Resolved<?> parameter;
        private final Money amount;
        private final Source source;
        /** Name, value, name, value, ...: rendered to JSON only. */
        private final Object[] details;

        private Step(
                StepKind kind, Bilingual text, Resolved<?> parameter, Money amount, Source source, Object[] details) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.text = Objects.requireNonNull(text, "text");
            this.parameter = parameter;
            this.amount = amount;
            this.source = source;
            this.details = details;
        }

        /**
         * {@return a step of this kind with this text} The text is rendered when read: a {@link Phrase}, or any value
         * that states itself in both languages (a step about one person's record, built for millions of people, can
         * keep the record's values and put its words together only when shown).
         *
         * @param kind what kind of step it is, e.g. a condition or the amount
         * @param text what the step says, in Chinese and English; immutable
         */
        public static Step of(StepKind kind, Bilingual text) {
            return new Step(kind, text, null, null, null, NO_DETAILS);
        }

        /**
         * {@return the step of a policy value used: its name, value, region, period and source, any carry-forward
         * warning and any revision, and in English its key} The Chinese text names the parameter and a named rule by
         * their Chinese names, never by key or code: {@code 村专职委员工作补贴 = ¥200.00/月（629902，2015-01-01起；依据：...）}.
         *
         * @param r the policy value and where it came from
         */
        public static Step parameter(Resolved<?> r) {
            String warnZh = r.warning().isPresent() ? "；警告：{6}" : "";
            String warnEn = r.warning().isPresent() ? "; WARNING: {6}" : "";
            String revZh = r.revised().isPresent() ? "；{7}修订，原公布值：{8}" : "";
            String revEn = r.revised().isPresent() ? "; revised on {7}, first published: {8}" : "";
            Phrase text = Phrase.of(
                    "{0} = {1}（{3}，{4}；依据：{5}" + warnZh + revZh + "）",
                    "{0} = {1} ({2}; {3}, {4}; source: {5}" + warnEn + revEn + ")",
                    Phrase.of(r.parameter().chineseName(), r.parameter().englishName()),
                    new Formatted(r),
                    r.parameter().key(),
                    r.region(),
                    new PeriodText(r.datedValue()),
                    new Cited(r.source()),
                    r.warning().isPresent() ? new Warning(r) : "",
                    r.datedValue().knownFrom(),
                    r.revised().map(v -> (Object) new Formatted(r, v.value())).orElse(""));
            return new Step(StepKind.PARAMETER, text, r, null, null, NO_DETAILS);
        }

        /** A condition step of a table row: its text, the table's source, and the row and result as details. */
        static Step condition(Phrase text, Source source, int row, String result) {
            return new Step(
                    StepKind.CONDITION, text, null, null, Objects.requireNonNull(source, "source"), new Object[] {
                        "row", row, "result", result
                    });
        }

        /**
         * {@return a copy with the amount the step results in}
         *
         * @param value the amount the step results in
         */
        public Step withAmount(Money value) {
            return new Step(kind, text, parameter, Objects.requireNonNull(value, "amount"), source, details);
        }

        /**
         * {@return a copy citing {@code value} as its source}
         *
         * @param value the document the step cites
         */
        public Step withSource(Source value) {
            return new Step(kind, text, parameter, amount, Objects.requireNonNull(value, "source"), details);
        }

        /**
         * {@return a copy with a named value for the JSON form, e.g. {@code withDetail("row", 2)}}
         *
         * @param name the detail's name in the JSON form, e.g. {@code "row"}
         * @param value the detail's value: a string, a number or a boolean
         */
        public Step withDetail(String name, Object value) {
            Object[] more = java.util.Arrays.copyOf(details, details.length + 2);
            more[details.length] = Objects.requireNonNull(name, "name");
            more[details.length + 1] = Objects.requireNonNull(value, "value");
            return new Step(kind, text, parameter, amount, source, more);
        }

        /** {@return what the step records} */
        public StepKind kind() {
            return kind;
        }

        /** {@return the step's text, in both languages} */
        public Phrase text() {
            return text instanceof Phrase p ? p : Phrase.of(text);
        }

        /** {@return the step in Chinese} */
        public String chinese() {
            return text.chinese();
        }

        /** {@return the step in English} */
        public String english() {
            return text.english();
        }

        String text(boolean zh) {
            return zh ? text.chinese() : text.english();
        }

        /** {@return the policy value used, for a parameter step} */
        public Optional<Resolved<?>> parameter() {
            return Optional.ofNullable(parameter);
        }

        /** {@return the amount the step results in, if any} */
        public Optional<Money> amount() {
            return Optional.ofNullable(amount);
        }

        /** {@return the source the step cites: a parameter step's value's source, or the source given} */
        public Optional<Source> source() {
            return parameter != null ? Optional.of(parameter.source()) : Optional.ofNullable(source);
        }

        /**
         * {@return the value of a named detail, if the step has it}
         *
         * @param name the detail's name, e.g. {@code "row"}
         */
        public Optional<Object> detail(String name) {
            for (int i = 0; i < details.length; i += 2) {
                if (details[i].equals(name)) {
                    return Optional.of(details[i + 1]);
                }
            }
            return Optional.empty();
        }

        JsonNode toJson() {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("kind", kind.code());
            if (parameter != null) {
                Resolved<?> r = parameter;
                n.put("parameter", r.parameter().key());
                n.put("value", plain(r));
                n.put("unit", r.parameter().unit().code());
                n.put("region", r.region().value());
                n.put("requestedRegion", r.requestedRegion().value());
                n.put("period", r.datedValue().period());
                n.put("knownFrom", r.datedValue().knownFrom().toString());
                n.put("benefitDate", r.benefitDate().toString());
                r.decisionDate().ifPresent(d -> n.put("decisionDate", d.toString()));
                if (r.carriedForward()) {
                    n.put("carriedForward", true);
                }
                r.warning().ifPresent(w -> n.put("warning", w));
            }
            source().ifPresent(s -> {
                ObjectNode src = n.putObject("source");
                src.put("issuer", s.issuer());
                src.put("document", s.document());
                src.put("article", s.article());
                src.put("date", s.date().toString());
                s.url().ifPresent(u -> src.put("url", u));
                s.note().ifPresent(u -> src.put("note", u));
            });
            if (amount != null) {
                n.put("amount", amount.toPlainString());
            }
            if (details.length > 0) {
                ObjectNode d = n.putObject("details");
                for (int i = 0; i < details.length; i += 2) {
                    Object v = details[i + 1];
                    if (v instanceof Number num) {
                        d.put((String) details[i], num.longValue());
                    } else if (v instanceof Boolean b) {
                        d.put((String) details[i], b);
                    } else if (v instanceof Money m) {
                        d.put((String) details[i], m.toPlainString());
                    } else if (v instanceof PolicyCode c) {
                        d.put((String) details[i], c.code());
                    } else {
                        d.put((String) details[i], String.valueOf(v));
                    }
                }
            }
            n.put("zh", text.chinese());
            n.put("en", text.english());
            return n;
        }

        @SuppressWarnings("unchecked")
        private static String plain(Resolved<?> r) {
            return ((ParameterDefinition<Object>) r.parameter()).plain(r.value());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Step other
                    && kind == other.kind
                    && text.equals(other.text)
                    && Objects.equals(parameter, other.parameter)
                    && Objects.equals(amount, other.amount)
                    && Objects.equals(source, other.source)
                    && java.util.Arrays.equals(details, other.details);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, text, parameter, amount, source);
        }

        @Override
        public String toString() {
            return english();
        }
    }

    /** A resolved value with its unit, rendered in the reader's language. */
    private record Formatted(Resolved<?> r, Object value) implements Bilingual {
        Formatted(Resolved<?> r) {
            this(r, r.value());
        }

        @Override
        public String chinese() {
            return r.parameter().format(value, true);
        }

        @Override
        public String english() {
            return r.parameter().format(value, false);
        }
    }

    /** A value's period: {@code 2015-01-01起} or {@code 2015-01-01至2019-12-31}; {@code 2015-01-01..} in English. */
    private record PeriodText(DatedValue<?> v) implements Bilingual {
        @Override
        public String chinese() {
            return v.from() + v.until().map(u -> "至" + u).orElse("起");
        }

        @Override
        public String english() {
            return v.period();
        }
    }

    /** A carried-forward value's warning: the lookup's own (English) text, and its gist in Chinese. */
    private record Warning(Resolved<?> r) implements Bilingual {
        @Override
        public String chinese() {
            return r.benefitDate() + "无适用的值，沿用"
                    + r.datedValue().until().map(u -> "截至" + u + "的").orElse("此前的") + "值";
        }

        @Override
        public String english() {
            return r.warning().orElse("");
        }
    }

    /** A source's citation, which reads the same in both languages. */
    private record Cited(Source s) implements Bilingual {
        @Override
        public String chinese() {
            return s.citation();
        }

        @Override
        public String english() {
            return s.citation();
        }
    }
}
