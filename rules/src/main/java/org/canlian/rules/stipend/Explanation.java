package org.canlian.rules.stipend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.canlian.rules.policy.Resolved;

/**
 * Why an amount is what it is: the parameters used (value, region, period, source) and each step of arithmetic, as a
 * structured trace ({@link #toJson()}) and as readable text in Chinese or English ({@link #toText(Locale)}).
 *
 * <pre>{@code
 * Explanation e = calculator.month(officer, YearMonth.of(2024, 3)).explanation();
 * e.toText(Locale.CHINESE);    // "1. 村专职委员误工补贴 = 60.00 CNY/month（629901，2015-01-01起；...）..."
 * e.toJson();                  // {"steps":[{"kind":"parameter","parameter":"stipend.village...", ...}, ...]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {
    private final List<Step> steps;

    Explanation(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** The trace as JSON: {@code {"steps":[...]}}, each step with its kind, texts and, for parameters, the source. */
    public JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("steps");
        for (Step s : steps) {
            ObjectNode n = list.addObject();
            n.put("kind", s.kind);
            s.parameter.ifPresent(r -> {
                n.put("parameter", r.parameter().key());
                n.put("value", plain(r));
                n.put("unit", r.parameter().unit().code());
                n.put("region", r.region().value());
                n.put("requestedRegion", r.requestedRegion().value());
                n.put("period", r.datedValue().period());
                n.put("knownFrom", r.datedValue().knownFrom().toString());
                n.put("benefitDate", r.benefitDate().toString());
                r.decisionDate().ifPresent(d -> n.put("decisionDate", d.toString()));
                ObjectNode src = n.putObject("source");
                src.put("issuer", r.source().issuer());
                src.put("document", r.source().document());
                src.put("article", r.source().article());
                src.put("date", r.source().date().toString());
                r.source().url().ifPresent(u -> src.put("url", u));
                r.source().note().ifPresent(u -> src.put("note", u));
                if (r.carriedForward()) {
                    n.put("carriedForward", true);
                }
                r.warning().ifPresent(w -> n.put("warning", w));
            });
            s.amount.ifPresent(a -> n.put("amount", a));
            n.put("zh", s.chinese);
            n.put("en", s.english);
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static String plain(Resolved<?> r) {
        return ((org.canlian.rules.policy.ParameterDefinition<Object>) r.parameter()).plain(r.value());
    }

    /**
     * The trace as numbered lines of text.
     *
     * @param locale {@link Locale#CHINESE} (any {@code zh} locale) for Chinese, any other for English
     * @return the text
     */
    public String toText(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1)
                    .append(". ")
                    .append(zh ? steps.get(i).chinese : steps.get(i).english)
                    .append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toText(Locale.ENGLISH);
    }

    /**
     * One step: a parameter used, a rule applied, or a piece of arithmetic.
     *
     * <pre>{@code
     * Explanation.Step s = explanation.steps().get(2);
     * s.kind();                                  // "parameter"
     * s.parameter().get().source().citation();   // "[seed] county work report, ..."
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Step {
        private final String kind;
        private final String chinese;
        private final String english;
        private final Optional<Resolved<?>> parameter;
        private final Optional<String> amount;

        Step(String kind, String chinese, String english, Resolved<?> parameter, String amount) {
            this.kind = Objects.requireNonNull(kind);
            this.chinese = Objects.requireNonNull(chinese);
            this.english = Objects.requireNonNull(english);
            this.parameter = Optional.ofNullable(parameter);
            this.amount = Optional.ofNullable(amount);
        }

        static Step parameter(Resolved<?> r) {
            String where = r.region() + "，" + r.datedValue().period();
            String src = r.source().citation();
            String warn = r.warning().map(w -> "；警告：" + w).orElse("");
            String warnEn = r.warning().map(w -> "; WARNING: " + w).orElse("");
            return new Step(
                    "parameter",
                    r.parameter().chineseName() + " = " + r.formattedValue() + "（"
                            + r.parameter().key() + "；" + where + "；依据：" + src + warn + "）",
                    r.parameter().englishName() + " = " + r.formattedValue() + " ("
                            + r.parameter().key() + "; " + r.region() + ", "
                            + r.datedValue().period() + "; source: " + src + warnEn + ")",
                    r,
                    null);
        }

        static Step note(String kind, String chinese, String english) {
            return new Step(kind, chinese, english, null, null);
        }

        static Step arithmetic(String chinese, String english, String amount) {
            return new Step("arithmetic", chinese, english, null, amount);
        }

        /** {@code parameter}, {@code rule}, {@code status} or {@code arithmetic}. */
        public String kind() {
            return kind;
        }

        /** The step in Chinese. */
        public String chinese() {
            return chinese;
        }

        /** The step in English. */
        public String english() {
            return english;
        }

        /** The parameter value used, for a parameter step. */
        public Optional<Resolved<?>> parameter() {
            return parameter;
        }

        /** The resulting amount in yuan ({@code "133.34"}), for an arithmetic step. */
        public Optional<String> amount() {
            return amount;
        }

        @Override
        public String toString() {
            return english;
        }
    }
}
