package org.canlian.rules.subsidy;

import java.nio.LongBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.FactSource;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.StepKind;

/**
 * A compiled month bound to a {@link ClaimantBatch}, for payrolls and reform estimates over millions of people: what
 * the tables say for each combination of coded facts and age band in the batch is worked out once, when this is made;
 * deciding a claimant is then a few comparisons of their dates (application, certificate, stopping event) and one read
 * of that answer. Every answer, error included, is the one {@link CompiledSubsidies#decideAll(Claimant, long[])} gives
 * for the same claimant.
 *
 * <pre>{@code
 * CompiledBatch march = calculator.compile(county, YearMonth.of(2025, 3)).forBatch(ClaimantBatch.of(claimants));
 * long[] out = new long[Programme.values().length];
 * march.decideAll(0, out);                              // out[CARE.ordinal()]: 10000, NOT_ELIGIBLE or CANNOT_DECIDE
 * long fen = march.amountFen(0, Programme.LIVING);
 * }</pre>
 *
 * <p>It holds one answer per programme provided, per fact combination and age band: a batch of {@code k} combinations
 * under rules cutting ages into {@code b} bands takes {@code 8 * k * (b + 1) * programmes} bytes; when they fit (at
 * most 8 MB), whole months besides: 2 bytes per combination, age band and combination of the verdicts of the
 * claimant's dates ({@code 3} to the power of the programmes provided), and each distinct answer once (at most 65,535;
 * beyond, whole months are not kept). Explained decisions ({@link #decide}) keep what the tables say of each
 * combination and age, with its explanation steps, once made: per programme, slots of 4 bytes for 128 ages of each
 * class of combinations alike in the facts its tables read (at most {@code k * 128 * 7} slots and 16 MB; beyond, the
 * compiled month's own, bounded, memory is used), and the payment-start rule's step per programme and day of
 * application of the batch (4 bytes a slot, at most 4 MB).
 *
 * <p>This class is immutable and thread-safe: what it keeps for explanations never changes an answer. Those parts and
 * steps are kept in plain arrays, published by a data race on purpose: they are immutable, with final fields only, so
 * any thread that reads one sees it whole (JLS 17.5), and a thread that finds a slot empty makes an equal one.
 */
public final class CompiledBatch {
    private static final int PROGRAMMES = Programme.values().length;

    private final CompiledSubsidies rules;
    private final ClaimantBatch people;
    private final long firstDay;
    private final long lastDay;
    private final int[] provided;
    private final int[][] groups;
    /**
     * The starts of the birth-date bands (yyyymmdd) within which every table answers alike; the first is before any
     * date.
     */
    private final long[] bands;
    /** Bands plus one: the last slot is for claimants whose birth date is unknown. */
    private final int slots;
    /** Per profile, slot and provided programme: {@link CompiledSubsidies#factsOutcome}. */
    private final long[] outcomes;

    private final boolean[] ageUnknown;
    /**
     * Per profile, the number of its first age slot as {@link #profileSlot} counts: {@code profile * slots}, or for a
     * profile whose age is unknown, its last slot.
     */
    private final int[] slotBase;
    /**
     * {@link #bands}, each at least 1: no birth date (yyyymmdd) is before 1, so a birth date is counted in the same
     * bands, and the unknown birth date, 0 in {@link ClaimantBatch#birth}, in none.
     */
    private final long[] countedStarts;

    /** The explanation parts of the batch's facts (see {@link #factsPart}), made on the first explained decision. */
    private volatile PartSlots parts;

    /** Ages 0 to 126 have a slot each, the last slot is for an unknown age. */
    private static final int AGES = 128;
    /** Parts are kept when their slots take at most 16 MB (4 bytes a slot). */
    private final long partsBudget;

    private static final long PARTS_BUDGET = 1L << 22;
    /** Per registration of the batch: outside the compiled region. */
    private final boolean[] outside;
    /**
     * Whether {@link #decideAll} reads claimants' registrations: only when one is unknown or outside the region (a
     * county's roster has neither, and one column fewer is read).
     */
    private final boolean registrationsRead;
    /** Per registration of the batch: its explanation step, made when first needed. */
    private final Explanation.Step[] registrationSteps;
    /**
     * Per programme and distinct day of application of the batch: the payment-start rule's step, made when first
     * needed; null when they would take more than {@link #APPLICATIONS_BUDGET} slots (the month's own are used).
     */
    private final Explanation.Step[] applicationSteps;

    /** At most 1 M slots (4 MB) of application steps: 400 years of days for each of 7 programmes. */
    private static final long APPLICATIONS_BUDGET = 1L << 20;

    /**
     * Whole months, when they fit in {@link #MONTHS_BUDGET}: per profile and age slot, per combination of the dates'
     * verdicts (pass, fail, unknown for each programme provided) and, when a "higher of" group counts an outside
     * allowance, per allowance combination of the batch, the position in {@link #answers} of what {@link #decideAll}
     * gives, or {@link #THROWS}; null otherwise. Few distinct answers fill a month: a small table of their numbers is
     * read for each claimant rather than the answers themselves, so that it stays in the processor's cache.
     */
    private final char[] months;
    /** The distinct answers of {@link #months}, each a row of every programme's answer as {@link #decideAll} gives. */
    private final long[] answers;
    /** The number of verdict combinations: 3 to the power of the programmes provided. */
    private final int verdicts;
    /** The verdict combination of a claimant whose dates fail every programme provided. */
    private final int allFail;
    /** Whether a programme provided is a one-off grant (its application is read differently). */
    private final boolean anyOneOff;
    /** {@link CompiledSubsidies#latestApplication}: an application of a later month is not paid this month. */
    private final int latestApplication;
    /** Allowance combinations the months are kept for: 1 when no group counts an outside allowance. */
    private final int allowanceSlots;

    /**
     * At most 4 M whole months (8 MB) are kept; beyond, each claimant's programmes are decided in turn. The reference
     * month's 336 profiles, 3 age slots and 27 verdict combinations of 3 programmes need 27,216 (54 KB).
     */
    private static final long MONTHS_BUDGET = 1L << 22;
    /** In {@link #months}: the combination throws (a row's share has no base), decided again to throw the same. */
    private static final char THROWS = Character.MAX_VALUE;

    CompiledBatch(CompiledSubsidies rules, ClaimantBatch people) {
        this(rules, people, MONTHS_BUDGET, PARTS_BUDGET, APPLICATIONS_BUDGET);
    }

    /**
     * With budgets of whole months, of explanation parts' slots and of application steps' slots other than {@link
     * #MONTHS_BUDGET}, {@link #PARTS_BUDGET} and {@link #APPLICATIONS_BUDGET} (0: none), for tests of every path.
     */
    CompiledBatch(
            CompiledSubsidies rules,
            ClaimantBatch people,
            long monthsBudget,
            long partsBudget,
            long applicationsBudget) {
        this(rules, people, monthsBudget, THROWS, partsBudget, applicationsBudget);
    }

    /**
     * As above, with a number of distinct answers of whole months other than {@link #THROWS} beyond which whole months
     * are not kept: for tests of that path, which a test batch reaches only with tens of thousands of allowances.
     */
    CompiledBatch(
            CompiledSubsidies rules,
            ClaimantBatch people,
            long monthsBudget,
            int answersBudget,
            long partsBudget,
            long applicationsBudget) {
        this.rules = rules;
        this.people = people;
        this.firstDay = rules.firstEpochDay();
        this.lastDay = rules.lastEpochDay();
        this.provided = rules.providedOrdinals();
        this.groups = rules.groups();
        this.bands = rules.tables().intervalStarts(SubsidyFacts.AGE);
        this.slots = bands.length + 1;
        int profiles = people.profileCount();
        this.outcomes = new long[Math.multiplyExact(Math.multiplyExact(profiles, slots), provided.length)];
        this.ageUnknown = new boolean[profiles];
        this.slotBase = new int[profiles];
        this.countedStarts =
                Arrays.stream(bands).map(start -> Math.max(start, 1)).toArray();
        this.partsBudget = partsBudget;
        for (int p = 0; p < profiles; p++) {
            long[] facts = people.profileFacts(p).clone();
            ageUnknown[p] = facts[SubsidyFacts.AGE] == FactSource.UNKNOWN;
            slotBase[p] = p * slots + (ageUnknown[p] ? slots - 1 : 0);
            for (int slot = ageUnknown[p] ? slots - 1 : 0; slot < (ageUnknown[p] ? slots : slots - 1); slot++) {
                if (!ageUnknown[p]) {
                    facts[SubsidyFacts.AGE] = bands[slot]; // every birth date of the band answers as its first
                }
                long possible = rules.tables().possible(facts);
                long unknown = rules.tables().unknown(facts);
                int at = (p * slots + slot) * provided.length;
                for (int k = 0; k < provided.length; k++) {
                    // A programme set without a value this month never reaches its tables: beforeFacts throws.
                    outcomes[at + k] = rules.hasTable(provided[k])
                            ? rules.factsOutcome(provided[k], facts, possible, unknown)
                            : CompiledSubsidies.NOT_ELIGIBLE;
                }
            }
        }
        this.outside = new boolean[people.registrationCount()];
        this.registrationSteps = new Explanation.Step[people.registrationCount()];
        long applicationSlots = (long) PROGRAMMES * people.applicationDayCount();
        this.applicationSteps =
                applicationSlots > applicationsBudget ? null : new Explanation.Step[(int) applicationSlots];
        boolean anyOutside = false;
        for (int r = 0; r < outside.length; r++) {
            outside[r] = !rules.region().contains(people.registrationAt(r));
            anyOutside |= outside[r];
        }
        this.registrationsRead = anyOutside || people.anyRegistrationUnknown();
        int combinations = 1;
        for (int k = 0; k < provided.length; k++) {
            combinations *= 3; // at most 3^7: one digit per programme
        }
        this.verdicts = combinations;
        int fail = 0;
        boolean oneOff = false;
        for (int p : provided) {
            fail = fail * 3 + CompiledSubsidies.DATES_FAIL;
            oneOff |= Programme.values()[p].isOneOff();
        }
        this.allFail = fail;
        this.anyOneOff = oneOff;
        this.latestApplication = rules.latestApplication();
        boolean allowanceKeyed =
                Arrays.stream(groups).flatMapToInt(Arrays::stream).anyMatch(member -> member >= PROGRAMMES);
        this.allowanceSlots = allowanceKeyed ? people.allowanceCount() + 1 : 1;
        long size = (long) profiles * slots * verdicts * allowanceSlots;
        // When a date rule can throw, the claimant's own order of failures decides which error: no whole months then.
        WholeMonths whole = rules.datesCanFail() || size > monthsBudget ? null : wholeMonths((int) size, answersBudget);
        this.months = whole == null ? null : whole.months;
        this.answers = whole == null ? null : whole.answers;
    }

    private record WholeMonths(char[] months, long[] answers) {}

    /**
     * Every whole month {@link #months} keeps, each worked out by {@link #month} as a claimant's would be, and their
     * distinct answers; null if these are more than {@code answersBudget}, at most {@link #THROWS} (the months are not
     * kept then).
     */
    private WholeMonths wholeMonths(int size, int answersBudget) {
        char[] all = new char[size];
        Map<LongBuffer, Integer> numbers = new HashMap<>();
        long[] out = new long[PROGRAMMES];
        for (int entry = 0; entry < size; entry++) {
            int allowances = entry % allowanceSlots;
            int code = entry / allowanceSlots % verdicts;
            int profileSlot = entry / allowanceSlots / verdicts;
            try {
                month(
                        profileSlot * provided.length,
                        code,
                        allowances == 0 ? null : people.allowanceAt(allowances - 1),
                        out);
            } catch (PolicyLookupException e) {
                all[entry] = THROWS;
                continue;
            }
            Integer number = numbers.get(LongBuffer.wrap(out));
            if (number == null) {
                if (numbers.size() == answersBudget) {
                    return null;
                }
                number = numbers.size();
                numbers.put(LongBuffer.wrap(out.clone()), number);
            }
            all[entry] = (char) number.intValue();
        }
        long[] answers = new long[numbers.size() * PROGRAMMES];
        numbers.forEach((answer, number) -> answer.get(0, answers, number * PROGRAMMES, PROGRAMMES));
        return new WholeMonths(all, answers);
    }

    /** The number of whole months kept ({@link #months}), 0 when none are: for tests of the budget. */
    int wholeMonthsKept() {
        return months == null ? 0 : months.length;
    }

    /** Whether {@link #decideAll} reads the claimants' registrations: for tests of when it need not. */
    boolean readsRegistrations() {
        return registrationsRead;
    }

    /** The number of distinct answers of the whole months kept, 0 when none are: for tests of their limit. */
    int distinctAnswers() {
        return answers == null ? 0 : answers.length / PROGRAMMES;
    }

    /** The number of explanation parts' slots kept ({@link #factsPart}), 0 when none are: for tests of the budget. */
    int partSlotsKept() {
        FactsPart[] kept = parts().parts;
        return kept == null ? 0 : kept.length;
    }

    /** {@return the compiled rules} */
    public CompiledSubsidies rules() {
        return rules;
    }

    /** {@return the claimants} */
    public ClaimantBatch claimants() {
        return people;
    }

    /**
     * Every programme for claimant {@code index}, after the "higher of" groups, without allocation: as {@link
     * CompiledSubsidies#decideAll(Claimant, long[])} for {@code claimants().get(index)}.
     *
     * @param index the claimant's position in the batch
     * @param out an array of at least {@code Programme.values().length} elements, overwritten
     * @throws IllegalArgumentException if the claimant is registered outside the compiled region
     */
    public void decideAll(int index, long[] out) {
        if (registrationsRead) {
            int registered = people.registration(index);
            if (registered < 0) {
                Arrays.fill(out, 0, PROGRAMMES, CompiledSubsidies.CANNOT_DECIDE);
                return;
            }
            checkRegion(registered);
        }
        int profileSlot = profileSlot(index);
        int valid = people.certificateValidWithin(index, firstDay, lastDay);
        int event = people.firstEventMonth(index);
        if (months != null) {
            // No date rule can throw (see months): the verdicts are read without beforeFacts' checks.
            int code = verdicts(index, rules.sharedVerdict(event, valid));
            int entry = (profileSlot * verdicts + code) * allowanceSlots
                    + (allowanceSlots == 1 ? 0 : people.allowanceIndex(index) + 1);
            int number = months[entry];
            if (number != THROWS) {
                System.arraycopy(answers, number * PROGRAMMES, out, 0, PROGRAMMES);
                return;
            }
            month(profileSlot * provided.length, code, people.allowanceFen(index), out);
            return;
        }
        int code = 0;
        for (int p : provided) {
            code = code * 3 + rules.beforeFacts(p, people.applicationMonth(index, p), event, valid);
        }
        month(profileSlot * provided.length, code, people.allowanceFen(index), out);
    }

    /**
     * The verdicts of claimant {@code index}'s dates for every programme provided, as the digits of a number in base 3
     * (the first programme first), from the verdict of the dates they share: as {@link CompiledSubsidies#verdict} gives
     * each.
     */
    private int verdicts(int index, int shared) {
        if (shared == CompiledSubsidies.DATES_FAIL) {
            return allFail; // whatever the applications say
        }
        int code = 0;
        if (anyOneOff) {
            for (int p : provided) {
                code = code * 3 + rules.verdict(p, people.applicationMonth(index, p), shared);
            }
            return code;
        }
        for (int p : provided) {
            // CompiledSubsidies.verdict for a monthly programme: none, or too late, fails; unknown is unknown.
            int applied = people.applicationMonth(index, p);
            code = code * 3
                    + (applied > latestApplication
                            ? CompiledSubsidies.DATES_FAIL
                            : applied == Claimant.UNKNOWN_MONTH ? CompiledSubsidies.DATES_UNKNOWN : shared);
        }
        return code;
    }

    /**
     * A claimant's month from the tables' answers for their profile and age slot (at {@code at} in {@link #outcomes})
     * and the verdicts of their dates per programme provided ({@link CompiledSubsidies#beforeFacts}, as the digits of
     * {@code code} in base 3, the first programme first): each programme's answer, then the "higher of" groups. The
     * one place both paths of {@link #decideAll} decide, so that {@link #months} holds what it would give.
     */
    private void month(int at, int code, long[] allowanceFen, long[] out) {
        Arrays.fill(out, 0, PROGRAMMES, CompiledSubsidies.NOT_ELIGIBLE);
        // In the programmes' order, as CompiledSubsidies.decideAll: the first row error met is the one thrown.
        for (int k = 0, unit = verdicts / 3; k < provided.length; k++, unit /= 3) {
            out[provided[k]] = rules.decided(provided[k], code / unit % 3, outcomes[at + k]);
        }
        for (int[] group : groups) {
            CompiledSubsidies.applyGroup(group, allowanceFen, out);
        }
    }

    /**
     * {@return one programme for claimant {@code index}, before "higher of": as {@link CompiledSubsidies#amountFen}}
     *
     * @param index the claimant's position in the batch
     * @param programme the subsidy programme
     * @throws IllegalArgumentException if the claimant is registered outside the compiled region
     */
    public long amountFen(int index, Programme programme) {
        int registered = people.registration(index);
        if (registered < 0) {
            return CompiledSubsidies.CANNOT_DECIDE;
        }
        checkRegion(registered);
        int p = programme.ordinal();
        int k = 0;
        while (k < provided.length && provided[k] != p) {
            k++;
        }
        int valid = people.certificateValidWithin(index, firstDay, lastDay);
        int dates = rules.beforeFacts(p, people.applicationMonth(index, p), people.firstEventMonth(index), valid);
        long facts = dates == CompiledSubsidies.DATES_FAIL || k == provided.length
                ? CompiledSubsidies.NOT_ELIGIBLE
                : outcomes[profileSlot(index) * provided.length + k];
        return rules.decided(p, dates, facts);
    }

    /**
     * {@return the full decision with its explanation for claimant {@code index}: as {@link
     * CompiledSubsidies#decide(Claimant, Programme)}, with what claimants of the same fact profile and age share (their
     * tables' steps, registration step) found by position}
     *
     * @param index the claimant's position in the batch
     * @param programme the subsidy programme
     * @throws IllegalArgumentException if the claimant is registered outside the compiled region
     * @throws PolicyLookupException if a value the decision needs has no value in the month
     */
    public SubsidyDecision decide(int index, Programme programme) {
        return rules.decide(people.get(index), index, programme, shared, null);
    }

    /**
     * The full decisions with their explanations of several programmes for claimant {@code index}: {@code into[k]} is
     * {@code programmes[k]}'s, as {@link #decide(int, Programme)} gives it, what the decisions of one claimant share
     * (the step stating their certificate) made once. For payrolls explaining millions of claimants: the arrays are
     * the caller's, made once, so that nothing is made per claimant but the decisions.
     *
     * <pre>{@code
     * Programme[] programmes = {Programme.CARE, Programme.LIVING, Programme.ELDERLY};
     * SubsidyDecision[] why = new SubsidyDecision[programmes.length];
     * march.decide(0, programmes, why);
     * why[1].explanation().toText(Locale.CHINESE);
     * }</pre>
     *
     * @param index the claimant's position in the batch
     * @param programmes the subsidy programmes, not null
     * @param into where the decisions are put, at least as long as {@code programmes}; the first {@code
     *     programmes.length} elements are overwritten
     * @throws IllegalArgumentException if the claimant is registered outside the compiled region
     * @throws PolicyLookupException if a value a decision needs has no value in the month (the first programme's)
     * @throws IndexOutOfBoundsException if {@code into} is shorter than {@code programmes}
     */
    public void decide(int index, Programme[] programmes, SubsidyDecision[] into) {
        Objects.checkFromIndexSize(0, programmes.length, into.length);
        Claimant claimant = people.get(index);
        Explanation.Step certificate = people.certificateValidWithin(index, firstDay, lastDay) < 0
                ? null
                : Explanation.Step.of(StepKind.FACT, shared.certificate(index, claimant));
        for (int k = 0; k < programmes.length; k++) {
            into[k] = rules.decide(claimant, index, programmes[k], shared, certificate);
        }
    }

    /** What the batch's claimants share, found by their position: the batch's columns, not the claimant's fields. */
    private final FactsPart.Source shared = new FactsPart.Source() {
        @Override
        public Explanation.Step registration(int index, Claimant claimant) {
            int registered = people.registration(index);
            if (registered < 0) {
                return null;
            }
            checkRegion(registered);
            Explanation.Step step = registrationSteps[registered];
            if (step == null) {
                step = rules.registrationStep(people.registrationAt(registered));
                registrationSteps[registered] = step;
            }
            return step;
        }

        @Override
        public FactsPart of(int index, Programme programme, Resolved<DecisionTable> table, Claimant claimant) {
            return factsPart(index, programme, table, claimant);
        }

        @Override
        public int applicationMonth(int index, Claimant claimant, Programme programme) {
            return people.applicationMonth(index, programme.ordinal());
        }

        /** Kept per programme and day of application of the batch, when they fit in {@link #APPLICATIONS_BUDGET}. */
        @Override
        public Explanation.Step applicationStep(
                int index, Claimant claimant, Programme programme, PolicyValues values, Resolved<PaymentStart> start) {
            int day = people.applicationDay(index, programme.ordinal());
            if (applicationSteps == null) {
                return values.applicationStep(programme, start, LocalDate.ofEpochDay(people.applicationDayAt(day)));
            }
            int at = programme.ordinal() * people.applicationDayCount() + day;
            Explanation.Step step = applicationSteps[at];
            if (step == null) {
                step = SubsidyCalculator.applicationStep(
                        programme, start.value(), LocalDate.ofEpochDay(people.applicationDayAt(day)));
                applicationSteps[at] = step;
            }
            return step;
        }

        @Override
        public boolean hasEvents(int index, Claimant claimant) {
            return people.firstEventMonth(index) != Integer.MAX_VALUE;
        }

        @Override
        public int certificateValidWithin(int index, Claimant claimant, long firstDay, long lastDay) {
            return people.certificateValidWithin(index, firstDay, lastDay);
        }

        @Override
        public Bilingual certificate(int index, Claimant claimant) {
            return SubsidyCalculator.certificate(
                    people.rating(index),
                    people.certificateFromDay(index),
                    people.certificateUntilDay(index),
                    people.cancelledDay(index));
        }
    };

    /**
     * The part claimant {@code index}'s facts decide: kept per programme, class of profiles alike in the facts the
     * programme's tables read, and age (for a programme whose tables read age), the first time one is asked for; the
     * compiled month's own when the claimant is older than {@link #AGES} allows or the batch's parts are not kept.
     */
    private FactsPart factsPart(int index, Programme p, Resolved<DecisionTable> table, Claimant claimant) {
        PartSlots kept = parts();
        int profile = people.profile(index);
        int age = 0;
        if (rules.readsAge(p.ordinal())) {
            age = ageUnknown[profile] ? AGES - 1 : ageOn(people.birth(index));
        }
        if (kept.parts == null || age >= AGES - 1 && !ageUnknown[profile]) {
            return rules.factsPart(p, table, claimant);
        }
        int at = kept.classOf[p.ordinal() * people.profileCount() + profile] * AGES + age;
        FactsPart part = kept.parts[at];
        if (part == null) {
            part = rules.factsPart(p, table, claimant);
            kept.parts[at] = part;
        }
        return part;
    }

    /**
     * The kept parts ({@code parts}, null when they would take more than the budget: {@link #AGES} slots per class)
     * and, per programme and profile ({@code [programme * profiles + profile]}), the number of the profile's class,
     * the classes of all programmes numbered in one run. A programme's profiles alike in every fact its tables read but
     * age share one part per age: the compiled month keeps its parts by those facts' values (see {@link
     * CompiledSubsidies#factsPart}), so they share the same one, and a few classes' slots are read rather than every
     * profile's.
     */
    private record PartSlots(int[] classOf, FactsPart[] parts) {}

    /** The kept parts, made on the first explained decision. */
    private PartSlots parts() {
        PartSlots kept = parts;
        if (kept == null) {
            synchronized (this) {
                kept = parts;
                if (kept == null) {
                    kept = partSlots();
                    parts = kept;
                }
            }
        }
        return kept;
    }

    private PartSlots partSlots() {
        int profiles = people.profileCount();
        int[] classOf = new int[PROGRAMMES * profiles];
        int classes = 0;
        for (int p = 0; p < PROGRAMMES; p++) {
            int[] read = Arrays.stream(rules.factsRead(p))
                    .filter(f -> f != SubsidyFacts.AGE)
                    .toArray();
            Map<LongBuffer, Integer> numbers = new HashMap<>();
            for (int profile = 0; profile < profiles; profile++) {
                long[] facts = people.profileFacts(profile);
                long[] key = new long[read.length];
                for (int i = 0; i < read.length; i++) {
                    key[i] = facts[read[i]];
                }
                int number = numbers.computeIfAbsent(LongBuffer.wrap(key), k -> numbers.size());
                classOf[p * profiles + profile] = classes + number;
            }
            classes += numbers.size();
        }
        long slots = (long) classes * AGES;
        return new PartSlots(classOf, slots > partsBudget ? null : new FactsPart[(int) slots]);
    }

    /** Whole years completed on the first day of the month by someone born on {@code birth} (yyyymmdd). */
    private int ageOn(int birth) {
        int year = rules.month().getYear();
        int monthDay = rules.month().getMonthValue() * 100 + 1;
        return Math.max(year - birth / 10000 - (monthDay < birth % 10000 ? 1 : 0), 0);
    }

    private void checkRegion(int registered) {
        if (outside[registered]) {
            throw rules.outsideRegion(people.registrationAt(registered));
        }
    }

    /** The claimant's fact profile and age slot, as one number: {@code profile * slots + slot}. */
    private int profileSlot(int index) {
        int profile = people.profile(index);
        long born = people.birth(index);
        if (bands.length <= 8) {
            // The bands starting on or before the birth date, counted with no branch on each: claimants come in no
            // order of age, so a branch taken by age would often be guessed wrong. An unknown birth date (0) counts
            // in none: its slot is the one slotBase gives its profile, the unknown age's.
            int slot = slotBase[profile];
            for (int k = 1; k < bands.length; k++) {
                slot += born >= countedStarts[k] ? 1 : 0;
            }
            return slot;
        }
        if (ageUnknown[profile]) {
            return slotBase[profile];
        }
        int found = Arrays.binarySearch(bands, born);
        return slotBase[profile] + (found >= 0 ? found : -found - 2);
    }

    @Override
    public String toString() {
        return "CompiledBatch[" + rules.region() + " " + rules.month() + ", " + people + "]";
    }
}
