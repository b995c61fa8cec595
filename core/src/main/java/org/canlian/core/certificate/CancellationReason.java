package org.canlian.core.certificate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a certificate is cancelled (注销): the holder's death, no longer meeting the standard (established by a
 * reassessment that finds no disability), or a written request by the holder or guardian.
 *
 * <pre>{@code
 * CancellationReason r = new CancellationReason.Death(LocalDate.of(2030, 5, 1));
 * }</pre>
 *
 * <p>Every implementation is an immutable, thread-safe record. JSON: {@code {"type":"death","diedOn":"2030-05-01"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CancellationReason.Death.class, name = "death"),
    @JsonSubTypes.Type(value = CancellationReason.NoLongerMeetsStandard.class, name = "no-longer-meets-standard"),
    @JsonSubTypes.Type(value = CancellationReason.WrittenRequest.class, name = "written-request")
})
public sealed interface CancellationReason {

    /**
     * The holder died.
     *
     * @param diedOn the date of death
     */
    record Death(LocalDate diedOn) implements CancellationReason {
        /**
         * Checks the date is given.
         *
         * @param diedOn the date of death
         */
        public Death {
            Objects.requireNonNull(diedOn, "diedOn");
        }
    }

    /**
     * A reassessment found the holder no longer meets the disability standard.
     *
     * @param reassessment the reassessment, without a rating
     */
    record NoLongerMeetsStandard(Assessment reassessment) implements CancellationReason {
        /**
         * Checks the reassessment is given.
         *
         * @param reassessment the reassessment, without a rating
         */
        public NoLongerMeetsStandard {
            Objects.requireNonNull(reassessment, "reassessment");
        }
    }

    /**
     * The holder or guardian asked in writing.
     *
     * @param by who asked
     */
    record WrittenRequest(Applicant by) implements CancellationReason {
        /**
         * Checks the requester is given.
         *
         * @param by who asked
         */
        public WrittenRequest {
            Objects.requireNonNull(by, "by");
        }
    }
}
