package org.canlian.core.certificate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import org.canlian.core.person.ResidentId;

/**
 * The state of one person's application and, once issued, certificate: an {@link Application} until the issue, a
 * {@link Certificate} after. Each carries its append-only history, from which
 * {@link CertificateLifecycle#replay(List)} rebuilds it.
 *
 * <pre>{@code
 * CertificateState s = CertificateLifecycle.replay(history);
 * s.holder();              // 110105********002X
 * s.describe(date);        // "application IN_NOTICE" or "certificate ACTIVE"
 * }</pre>
 *
 * <p>Every implementation is an immutable, thread-safe record. JSON: {@code {"type":"certificate", ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Application.class, name = "application"),
    @JsonSubTypes.Type(value = Certificate.class, name = "certificate")
})
public sealed interface CertificateState permits Application, Certificate {

    /** {@return the person the application or certificate is for} */
    ResidentId holder();

    /** {@return the date of the application this file started with} */
    LocalDate appliedOn();

    /** {@return every event so far, oldest first; the first is {@link CertificateEvent.Applied}} */
    List<CertificateEvent> history();

    /**
     * The state as a refusal names it: {@code application <stage>} or {@code certificate <status on date>}.
     *
     * @param date the date the state is looked at
     * @return the name
     */
    String describe(LocalDate date);

    /** {@return the date of the last event: no step may be dated before it} */
    default LocalDate lastEventDate() {
        return history().get(history().size() - 1).date();
    }
}
