package org.canlian.core.certificate;

import java.util.Objects;

/**
 * What a step of {@link CertificateLifecycle} gives: the new state and the event recorded, or a {@link Refusal}.
 *
 * <pre>{@code
 * Outcome o = CertificateLifecycle.handle(state, new CertificateCommand.Accept(), date, rules, calendar);
 * if (o instanceof Outcome.Done done) {
 *     save(done.state());
 * } else if (o instanceof Outcome.Refused refused) {
 *     show(refused.refusal().message());
 * }
 * }</pre>
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Outcome {

    /**
     * The step was taken.
     *
     * @param state the new state, whose history ends with {@code event}
     * @param event the event recorded
     */
    record Done(CertificateState state, CertificateEvent event) implements Outcome {
        /**
         * Checks both parts are given.
         *
         * @param state the new state, whose history ends with {@code event}
         * @param event the event recorded
         */
        public Done {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The step was refused; the state is unchanged.
     *
     * @param refusal why
     */
    record Refused(Refusal refusal) implements Outcome {
        /**
         * Checks the refusal is given.
         *
         * @param refusal why
         */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * The new state, or an {@link IllegalStateException} with the refusal's message.
     *
     * @return the new state
     */
    default CertificateState stateOrThrow() {
        if (this instanceof Done done) {
            return done.state();
        }
        throw new IllegalStateException(((Refused) this).refusal().message());
    }
}
