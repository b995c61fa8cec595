package org.canlian.rules.stipend;

import java.time.LocalDate;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.AssessmentKind;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerAssessment;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.OfficerQualification;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;

/** Officers and the example policies for the stipend tests. */
final class Officers {
    static final PolicySet COUNTY_A =
            PolicyFiles.readResource(StipendParameters.catalog(), "/org/canlian/rules/policy/examples/county-a.json");
    static final PolicySet COUNTY_B =
            PolicyFiles.readResource(StipendParameters.catalog(), "/org/canlian/rules/policy/examples/county-b.json");
    private static final ResidentId PERSON = ResidentId.parse("11010519491231002X", LocalDate.of(2024, 1, 1));

    private Officers() {}

    static Officer officer(String unit, String start, String end) {
        DivisionCode code = DivisionCode.parse(unit);
        return Officer.builder()
                .person(PERSON)
                .qualification(OfficerQualification.CERTIFICATE_HOLDER)
                .unit(code)
                .post(OfficerPost.forUnit(code).orElseThrow())
                .openSelection(true)
                .contractStart(LocalDate.parse(start))
                .contractEnd(LocalDate.parse(end))
                .combinesPublicWelfarePost(false)
                .build();
    }

    static Officer failedOn(String unit, String start, String end, String failed) {
        return Officer.builder()
                .from(officer(unit, start, end))
                .addAssessments(OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.parse(failed), false))
                .build();
    }
}
