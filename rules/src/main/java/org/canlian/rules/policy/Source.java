package org.canlian.rules.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.immutables.value.Value;

/**
 * Where a policy value comes from: the issuing body, the document number, the article, the date it was issued, and
 * optionally a URL and a note (for example that a value is illustrative).
 *
 * <pre>{@code
 * Source s = Source.of("[seed] county work report", "County A work report", "officers' stipends",
 *         LocalDate.of(2015, 1, 1));
 * s.withUrl("https://example.org/report");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
public abstract class Source {
    /** {@return the body that issued the rule, e.g. {@code 国务院} or {@code [seed] county work report}} */
    public abstract String issuer();

    /** {@return the document number or title, e.g. {@code 国发〔2015〕52号}} */
    public abstract String document();

    /** {@return the article or section, e.g. {@code 第二条}} */
    public abstract String article();

    /** {@return the date the document was issued (published)} */
    public abstract LocalDate date();

    /** {@return a link to the text, if there is one} */
    public abstract Optional<String> url();

    /** {@return a remark on the value, e.g. that it is illustrative or derived} */
    public abstract Optional<String> note();

    /**
     * A citation without URL or note.
     *
     * @param issuer the issuing body
     * @param document the document number or title
     * @param article the article or section
     * @param date the date of issue
     * @return the source
     */
    public static Source of(String issuer, String document, String article, LocalDate date) {
        return ImmutableSource.builder()
                .issuer(issuer)
                .document(document)
                .article(article)
                .date(date)
                .build();
    }

    /**
     * {@return a copy with this URL}
     *
     * @param url the address where the document is published
     */
    public Source withUrl(String url) {
        return ImmutableSource.copyOf(this).withUrl(url);
    }

    /**
     * {@return a copy with this note}
     *
     * @param note a note on how the source applies, e.g. the article used
     */
    public Source withNote(String note) {
        return ImmutableSource.copyOf(this).withNote(note);
    }

    @Value.Check
    void check() {
        for (String[] field : new String[][] {{"issuer", issuer()}, {"document", document()}, {"article", article()}}) {
            if (field[1].isBlank()) {
                throw org.canlian.core.InvalidValueException.of(
                        "policy source " + field[0], "non-blank", "\"\"", "a source names its " + field[0]);
            }
        }
    }

    /** {@return a one-line citation: {@code issuer, document, article (date)}} */
    public String citation() {
        return issuer() + ", " + document() + ", " + article() + " (" + date() + ")"
                + note().map(n -> " [" + n + "]").orElse("");
    }
}
