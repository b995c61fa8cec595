package org.canlian.examples.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.canlian.core.money.Money;
import org.canlian.examples.ReadmeBlocks;
import org.canlian.examples.ReadmeJava;
import org.canlian.rules.payroll.PeopleAndAmount;
import org.junit.jupiter.api.Test;

/**
 * The "Payroll, back pay and reform" section of README.md, proven: its Java snippet, run as the reader pastes it,
 * pays what its comments say.
 */
class PayrollReadmeSnippetTest {
    private static final String SECTION = "## Payroll, back pay and reform";

    @Test
    void theReadmeSnippetPaysAYear() throws Exception {
        Map<String, Object> v = ReadmeJava.run(ReadmeBlocks.javaBlock(SECTION, 0));
        assertThat(v.get("march"))
                .isEqualTo(PeopleAndAmount.of(1, Money.ofYuan(100).toFen()));
        assertThat(v.get("year"))
                .isEqualTo(PeopleAndAmount.of(1, Money.ofYuan(1200).toFen()));
        assertThat(v.get("rowsInError")).isEqualTo(0);
    }
}
