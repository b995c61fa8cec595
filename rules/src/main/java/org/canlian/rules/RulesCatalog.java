package org.canlian.rules;

import org.canlian.rules.certificate.CertificatePolicy;
import org.canlian.rules.policy.ParameterCatalog;
import org.canlian.rules.standard.StandardPolicy;
import org.canlian.rules.stipend.StipendParameters;
import org.canlian.rules.subsidy.SubsidyParameters;

/**
 * Every policy parameter canlian's calculators read, in one catalog: officers' stipends, the certificate
 * procedure's periods and the organisation standard's thresholds. Load a policy file with it when one file sets parameters of several calculators.
 *
 * <pre>{@code
 * PolicySet policy = PolicyFiles.readResource(RulesCatalog.all(), "/org/canlian/rules/policy/examples/county-a.json");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RulesCatalog {
    private RulesCatalog() {}

    /** {@return the stipend, certificate, organisation-standard and subsidy parameters} */
    public static ParameterCatalog all() {
        return StipendParameters.catalog()
                .plus(CertificatePolicy.catalog())
                .plus(StandardPolicy.catalog())
                .plus(SubsidyParameters.catalog());
    }
}
