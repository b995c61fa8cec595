package org.canlian.rules.subsidy;

import java.time.LocalDate;
import org.canlian.rules.policy.FactSource;

/** A claimant's facts as a table reads them on one benefit date (ages are taken on that date). */
final class ClaimantFacts implements FactSource<Claimant> {
    private final int year;
    private final int monthDay;

    ClaimantFacts(LocalDate benefitDate) {
        this.year = benefitDate.getYear();
        this.monthDay = benefitDate.getMonthValue() * 100 + benefitDate.getDayOfMonth();
    }

    @Override
    public long value(Claimant subject, int fact) {
        return subject.fact(fact, year, monthDay);
    }
}
