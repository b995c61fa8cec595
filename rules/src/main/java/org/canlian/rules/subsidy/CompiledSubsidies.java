package org.canlian.rules.subsidy;

import java.time.YearMonth;
import java.util.Optional;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.RowOutcome;

/**
 * The subsidy rules in force for one region and one month, compiled once for many claimants: per programme, whether it
 * is provided, its exclusions and eligibility tables, each row's amount in fen (shares already computed and rounded),
 * and the payment start and stop rules. Every programme's tables are evaluated together ({@link DecisionTable.Batch}):
 * each fact of a claimant is read once per month, whatever the number of rows. {@link #amountFen} evaluates a claimant
 * with no map lookup, no string work and no allocation; {@link #decide} gives the full decision with its explanation
 * when one is wanted.
 *
 * <pre>{@code
 * CompiledSubsidies rules = calculator.compile(DivisionCode.parse("620723"), YearMonth.of(2025, 3));
 * long fen = rules.amountFen(claimant, Programme.CARE);      // 10000, or NOT_ELIGIBLE, or CANNOT_DECIDE
 * SubsidyDecision why = rules.decide(claimant, Programme.CARE);
 * }</pre>
 *
 * <p>Claimants must be registered in the compiled region or below it; values that a township or village sets for
 * itself are not seen (compile for that unit instead). Explained decisions share what claimants share: the steps of
 * the tables for each combination of the facts they read (at most 16,384 kept), of each registration (4,096) and of
 * each programme's application day (4,096); beyond, they are made for each decision. This class is immutable and
 * thread-safe: what it keeps for explanations never changes an answer.
 */
public final class CompiledSubsidies {
    /** {@link #amountFen} when the claimant is not eligible. */
    public static final long NOT_ELIGIBLE = -1;
    /** {@link #amountFen} when the facts do not decide. */
    public static final long CANNOT_DECIDE = -2;

    private final SubsidyCalculator calculator;
    private final DivisionCode region;
    private final YearMonth month;
    private final int monthIndex;
    private final long firstEpochDay;
    private final long lastEpochDay;
    private final PaymentStart start;
    private final PaymentStop stop;
    /**
     * The latest application month paid this month, by the payment start rule (a one-off programme pays only that
     * month's applications); the earliest stopping-event month after which this month is still paid, by the stop rule.
     */
    private final int latestApplication;

    private final int earliestEvent;
    /** Per programme ordinal: paid once, in the month after the application's (see {@link #applicationFails}). */
    private final boolean[] oneOff;

    private final PolicyLookupException stopMissing;
    private final Compiled[] programmes;
    private final CompiledValues values;
    private final Optional<Resolved<org.canlian.rules.policy.CodeGroups>> higherOf;

    /** The ordinals of the programmes provided (a table set, with or without a value this month). */
    private final int[] provided;

    /** Every programme's exclusions and eligibility tables, evaluated together: each fact is read once. */
    private final DecisionTable.Batch batch;
    /** Per programme ordinal: the position of its exclusions and of its eligibility table in the batch, or -1. */
    private final int[] exclusionsAt;

    private final int[] tableAt;

    /** The "higher of" groups: members as programme ordinals, or {@code PROGRAMMES + allowance ordinal}. */
    private final int[][] groups;

    CompiledSubsidies(SubsidyCalculator calculator, DivisionCode region, YearMonth month) {
        this.calculator = calculator;
        this.region = region;
        this.month = month;
        this.monthIndex = SubsidyCalculator.index(month);
        this.firstEpochDay = month.atDay(1).toEpochDay();
        this.lastEpochDay = month.atEndOfMonth().toEpochDay();
        PolicyView view = calculator.view(region, month);
        this.programmes = new Compiled[Programme.values().length];
        PaymentStart s = null;
        for (Programme p : Programme.values()) {
            programmes[p.ordinal()] = new Compiled(view, p);
            if ((programmes[p.ordinal()].table != null || programmes[p.ordinal()].missing != null) && s == null) {
                s = view.get(SubsidyParameters.PAYMENT_STARTS).value();
            }
        }
        this.start = s;
        this.provided = java.util.Arrays.stream(ALL)
                .filter(p -> programmes[p.ordinal()].table != null || programmes[p.ordinal()].missing != null)
                .mapToInt(Programme::ordinal)
                .toArray();
        PaymentStop st = null;
        PolicyLookupException missing = null;
        try {
            st = view.get(SubsidyParameters.PAYMENT_STOPS).value();
        } catch (PolicyLookupException e) {
            missing = e;
        }
        this.stop = st;
        this.stopMissing = missing;
        // Month indexes around year 2000 are about 24,000: the sums below cannot overflow.
        this.latestApplication = start == null ? monthIndex : monthIndex - SubsidyCalculator.firstPaidMonth(0, start);
        this.oneOff = new boolean[PROGRAMMES];
        for (Programme p : ALL) {
            oneOff[p.ordinal()] = p.isOneOff();
        }
        this.earliestEvent = stop == null ? monthIndex : monthIndex - SubsidyCalculator.lastPaidMonth(0, stop);
        java.util.List<DecisionTable> tables = new java.util.ArrayList<>();
        this.exclusionsAt = new int[PROGRAMMES];
        this.tableAt = new int[PROGRAMMES];
        for (int p = 0; p < PROGRAMMES; p++) {
            Compiled c = programmes[p];
            exclusionsAt[p] = c.exclusions == null ? -1 : tables.size();
            if (c.exclusions != null) {
                tables.add(c.exclusions);
            }
            tableAt[p] = c.table == null ? -1 : tables.size();
            if (c.table != null) {
                tables.add(c.table);
            }
        }
        this.batch = DecisionTable.batch(tables);
        this.higherOf = view.find(SubsidyParameters.HIGHER_OF);
        this.values = new CompiledValues(view, month);
        this.groups = higherOf.map(r -> r.value().groups().stream()
                        .map(g -> g.stream()
                                .mapToInt(code -> Programme.find(code)
                                        .map(Programme::ordinal)
                                        .orElseGet(() -> PROGRAMMES
                                                + Allowance.ofCode(code).ordinal()))
                                .toArray())
                        .toArray(int[][]::new))
                .orElse(new int[0][]);
    }

    private static final Programme[] ALL = Programme.values();
    private static final int PROGRAMMES = ALL.length;

    /**
     * Every programme for a claimant, after the "higher of" groups, as {@link SubsidyCalculator#decideAll} decides
     * them, without allocation: {@code out[programme.ordinal()]} receives the fen paid (in the programme's unit),
     * {@link #NOT_ELIGIBLE} or {@link #CANNOT_DECIDE}.
     *
     * @param claimant the claimant, registered in the compiled region or below it
     * @param out an array of at least {@code Programme.values().length} elements, overwritten
     * @throws IllegalArgumentException if the claimant is registered outside the compiled region
     */
    public void decideAll(Claimant claimant, long[] out) {
        DivisionCode registered = claimant.registrationOrNull();
        if (registered == null) {
            java.util.Arrays.fill(out, 0, PROGRAMMES, CANNOT_DECIDE);
            return;
        }
        checkRegion(registered);
        java.util.Arrays.fill(out, 0, PROGRAMMES, NOT_ELIGIBLE);
        long[] encoded = claimant.encodedFacts();
        long possible = batch.possible(encoded);
        long unknown = claimant.factsComplete() ? 0 : batch.unknown(encoded);
        int valid = claimant.certificateValidWithin(firstEpochDay, lastEpochDay);
        for (int p : provided) {
            out[p] = decide(p, claimant, valid, possible, unknown);
        }
        for (int[] group : groups) {
            applyGroup(group, claimant.allowanceFen(), out);
        }
    }

    /** One group, as {@link SubsidyMonth} applies it: the highest amount present is kept. */
    static void applyGroup(int[] group, long[] allowances, long[] out) {
        boolean undecided = false;
        boolean eligibleProgramme = false;
        int present = 0;
        int kept = -1;
        long best = -1;
        for (int member : group) {
            long amount;
            if (member < PROGRAMMES) {
                amount = out[member];
                if (amount == CANNOT_DECIDE) {
                    undecided = true;
                    continue;
                }
                if (amount < 0) {
                    continue;
                }
                eligibleProgramme = true;
            } else if (allowances == null) {
                undecided = true;
                continue;
            } else {
                amount = allowances[member - PROGRAMMES];
                if (amount < 0) {
                    continue;
                }
            }
            present++;
            if (amount > best) {
                best = amount;
                kept = member;
            }
        }
        if (!eligibleProgramme || (!undecided && present < 2)) {
            return;
        }
        for (int member : group) {
            if (member < PROGRAMMES && out[member] >= 0 && (undecided || member != kept)) {
                out[member] = undecided ? CANNOT_DECIDE : NOT_ELIGIBLE;
            }
        }
    }

    /** {@return the region compiled for} */
    public DivisionCode region() {
        return region;
    }

    /** {@return the benefit month} */
    public YearMonth month() {
        return month;
    }

    /**
     * {@return the amount due to a claimant in fen (in the programme's unit), or {@link #NOT_ELIGIBLE} or {@link
     * #CANNOT_DECIDE}; the same answer as {@link SubsidyCalculator#decide}, without explanation or allocation}
     *
     * @param claimant the claimant, registered in the compiled region or below it
     * @param programme the subsidy programme
     * @throws IllegalArgumentException if the claimant is registered outside the compiled region
     * @throws PolicyLookupException if a value the answer needs has no value in the month
     */
    public long amountFen(Claimant claimant, Programme programme) {
        DivisionCode registered = claimant.registrationOrNull();
        if (registered == null) {
            return CANNOT_DECIDE;
        }
        checkRegion(registered);
        long[] encoded = claimant.encodedFacts();
        return decide(
                programme.ordinal(),
                claimant,
                claimant.certificateValidWithin(firstEpochDay, lastEpochDay),
                batch.possible(encoded),
                claimant.factsComplete() ? 0 : batch.unknown(encoded));
    }

    private void checkRegion(DivisionCode registered) {
        if (!region.contains(registered)) {
            throw outsideRegion(registered);
        }
    }

    IllegalArgumentException outsideRegion(DivisionCode registered) {
        return new IllegalArgumentException(
                "claimant registered in " + registered + ", outside the compiled region " + region);
    }

    /**
     * {@return these rules bound to a batch of claimants: each combination of coded facts and age band in the batch
     * decided once, each claimant then decided from their dates; the same answers as {@link #decideAll(Claimant,
     * long[])}}
     *
     * <pre>{@code
     * CompiledBatch march = rules.forBatch(ClaimantBatch.of(claimants));
     * march.decideAll(0, out);
     * }</pre>
     *
     * @param claimants the claimants, registered in the compiled region or below it
     */
    public CompiledBatch forBatch(ClaimantBatch claimants) {
        return new CompiledBatch(this, claimants);
    }

    // Package-private reads for CompiledBatch.

    int[] providedOrdinals() {
        return provided;
    }

    int[][] groups() {
        return groups;
    }

    boolean hasTable(int programme) {
        return programmes[programme].table != null;
    }

    /** Whether {@link #beforeFacts} can throw: a programme provided without a value this month, or no stop rule. */
    boolean datesCanFail() {
        for (int p : provided) {
            if (programmes[p].missing != null) {
                return true;
            }
        }
        return stop == null;
    }

    /** The latest application month paid this month, for a programme paid monthly. */
    int latestApplication() {
        return latestApplication;
    }

    long firstEpochDay() {
        return firstEpochDay;
    }

    long lastEpochDay() {
        return lastEpochDay;
    }

    DecisionTable.Batch tables() {
        return batch;
    }

    /**
     * One programme for a claimant of the region: the answer of {@link SubsidyCalculator#decide}, on ints, given the
     * certificate's validity in the month and the batch's rows for the claimant.
     */
    private long decide(int programme, Claimant claimant, int valid, long possible, long unknownRows) {
        int dates = beforeFacts(programme, claimant.applicationMonth(programme), claimant.firstEventMonth(), valid);
        return decided(
                programme,
                dates,
                dates == DATES_FAIL
                        ? NOT_ELIGIBLE
                        : factsOutcome(programme, claimant.encodedFacts(), possible, unknownRows));
    }

    /** {@link #beforeFacts}: the dates let the claimant through, or make them not eligible, or are unknown. */
    static final int DATES_PASS = 0;

    static final int DATES_FAIL = 1;
    static final int DATES_UNKNOWN = 2;

    /** {@link #factsOutcome} of a row whose share has no base in the month: {@code ROW_ERROR - row}. */
    private static final long ROW_ERROR = -3;

    /**
     * The part of a decision read before the tables: the programme is provided, the application month lets the month
     * be paid, no stopping event ended it, and the certificate is valid in the month.
     *
     * @param applied the application month index, {@link Claimant#NOT_APPLIED} or {@link Claimant#UNKNOWN_MONTH}
     * @param event the month index of the first stopping event, {@code Integer.MAX_VALUE} if none
     * @param valid the certificate's validity in the month: 1, 0, or -1 when unknown
     * @throws PolicyLookupException if a value the answer needs has no value in the month
     */
    int beforeFacts(int programme, int applied, int event, int valid) {
        Compiled p = programmes[programme];
        if (p.table == null) {
            if (p.missing != null) {
                throw p.missing;
            }
            return DATES_FAIL;
        }
        if (event != Integer.MAX_VALUE && stop == null && !applicationFails(programme, applied)) {
            throw stopMissing;
        }
        return verdict(programme, applied, sharedVerdict(event, valid));
    }

    /**
     * The verdict of the dates every programme shares: {@link #DATES_FAIL} when a stopping event ended payment before
     * the month or the certificate is not valid in it, {@link #DATES_UNKNOWN} when its validity is unknown, else
     * {@link #DATES_PASS}.
     *
     * @param event the month index of the first stopping event, {@code Integer.MAX_VALUE} if none
     * @param valid the certificate's validity in the month: 1, 0, or -1 when unknown
     */
    int sharedVerdict(int event, int valid) {
        // lastPaidMonth(event) >= monthIndex, with the rule's offset moved to the month's side.
        return event < earliestEvent || valid == 0 ? DATES_FAIL : valid < 0 ? DATES_UNKNOWN : DATES_PASS;
    }

    /**
     * One programme's verdict of the dates: the shared verdict, unless the application fails it (none, or too late
     * for the month) or is unknown. For a programme with a table; {@link #beforeFacts} checks that first.
     */
    int verdict(int programme, int applied, int shared) {
        if (shared == DATES_FAIL || applicationFails(programme, applied)) {
            return DATES_FAIL;
        }
        return applied == Claimant.UNKNOWN_MONTH ? DATES_UNKNOWN : shared;
    }

    /**
     * Whether an application month makes the month unpaid: firstPaidMonth(applied) after the month (a one-off
     * programme: not the month), with the rule's offset moved to the month's side; none ({@link Claimant#NOT_APPLIED},
     * the largest int) always fails, an unknown one ({@link Claimant#UNKNOWN_MONTH}, the smallest) never does.
     */
    private boolean applicationFails(int programme, int applied) {
        return oneOff[programme]
                ? applied != latestApplication && applied != Claimant.UNKNOWN_MONTH
                : applied > latestApplication;
    }

    /**
     * The part of a decision the tables give, from the facts alone: the fen of the matching row, {@link #NOT_ELIGIBLE}
     * (excluded, no row, or an excluding row), {@link #CANNOT_DECIDE} (a missing fact could change the row), or
     * {@code ROW_ERROR - row} for a row whose share has no base in the month. It does not depend on dates, so claimants
     * with the same facts share it.
     */
    long factsOutcome(int programme, long[] encoded, long possible, long unknownRows) {
        boolean unknown = false;
        if (exclusionsAt[programme] >= 0) {
            int excluded = batch.firstMatch(exclusionsAt[programme], encoded, possible, unknownRows);
            if (excluded >= 0) {
                return NOT_ELIGIBLE;
            }
            unknown = excluded == DecisionTable.UNDECIDED;
        }
        int row = batch.firstMatch(tableAt[programme], encoded, possible, unknownRows);
        if (row == DecisionTable.NO_MATCH) {
            return NOT_ELIGIBLE;
        }
        if (row == DecisionTable.UNDECIDED) {
            return CANNOT_DECIDE;
        }
        long fen = programmes[programme].rowFen[row];
        // A known failure decides even when facts are missing: an excluding row still makes it not eligible.
        if (fen == NOT_ELIGIBLE) {
            return NOT_ELIGIBLE;
        }
        if (unknown) {
            return CANNOT_DECIDE;
        }
        return fen == CANNOT_DECIDE ? ROW_ERROR - row : fen;
    }

    /**
     * The decision from its two parts: the dates' verdict ({@link #beforeFacts}) and the tables' answer ({@link
     * #factsOutcome}); throws the lookup error of a row whose share has no base.
     */
    long decided(int programme, int dates, long facts) {
        if (dates == DATES_FAIL || facts == NOT_ELIGIBLE || facts == CANNOT_DECIDE) {
            return dates == DATES_FAIL ? NOT_ELIGIBLE : facts;
        }
        if (dates == DATES_UNKNOWN) {
            return CANNOT_DECIDE;
        }
        if (facts <= ROW_ERROR) {
            throw programmes[programme].rowErrors[(int) (ROW_ERROR - facts)];
        }
        return facts;
    }

    /**
     * {@return the amount due to a claimant, or empty if not eligible or undecided; see {@link #amountFen}}
     *
     * @param claimant the claimant, registered in the compiled region or below it
     * @param programme the subsidy programme
     */
    public Optional<Money> amount(Claimant claimant, Programme programme) {
        long fen = amountFen(claimant, programme);
        return fen >= 0 ? Optional.of(Money.ofFen(fen)) : Optional.empty();
    }

    /**
     * {@return the full decision with its explanation, as {@link SubsidyCalculator#decide} gives it, from the values
     * compiled for the month (no policy lookup): the same answer as {@link #amountFen}, explained}
     *
     * @param claimant the claimant, registered in the compiled region or below it
     * @param programme the subsidy programme
     * @throws IllegalArgumentException if the claimant is registered outside the compiled region
     * @throws PolicyLookupException if a value the decision needs has no value in the month
     */
    public SubsidyDecision decide(Claimant claimant, Programme programme) {
        return decide(claimant, -1, programme, values, null);
    }

    /**
     * As {@link #decide(Claimant, Programme)}, what claimants share found in {@code parts} (a batch's), with the step
     * stating the claimant's certificate if already made for another of their programmes (null: made when needed).
     */
    SubsidyDecision decide(
            Claimant claimant,
            int index,
            Programme programme,
            FactsPart.Source parts,
            Explanation.Step certificateStep) {
        return calculator.decide(claimant, index, programme, month, values, parts, certificateStep);
    }

    /** The part the claimant's facts decide for the programme, as this month keeps it. */
    FactsPart factsPart(Programme programme, Resolved<DecisionTable> table, Claimant claimant) {
        return values.of(-1, programme, table, claimant);
    }

    /** The step of a registration in the compiled region, as this month keeps it. */
    Explanation.Step registrationStep(DivisionCode registered) {
        return values.registrationSteps.get(registered, SubsidyCalculator::registrationStep);
    }

    /** The facts the programme's tables (eligibility and exclusions) read, by index in {@link SubsidyFacts#SET}. */
    int[] factsRead(int programme) {
        return values.factsRead[programme].clone();
    }

    /** Whether the programme's tables read the claimant's age. */
    boolean readsAge(int programme) {
        return values.readsAge(programme);
    }

    /**
     * {@return every programme's decision with its explanation, then the "higher of" groups, from the compiled values}
     *
     * @param claimant the claimant, registered in the compiled region or below it
     */
    public SubsidyMonth decideAll(Claimant claimant) {
        java.util.List<SubsidyDecision> decisions = new java.util.ArrayList<>(PROGRAMMES);
        for (Programme p : ALL) {
            decisions.add(decide(claimant, p));
        }
        return SubsidyMonth.of(calculator.policy(), claimant, month, decisions, higherOf);
    }

    /** The values of the month, each looked up once; a failed lookup is rethrown where a decision reads it. */
    private final class CompiledValues implements PolicyValues, FactsPart.Source {
        private final Object[] tables = new Object[PROGRAMMES];
        private final Object[] exclusionTables = new Object[PROGRAMMES];
        private final Object start;
        private final Object stop;
        private final java.util.Map<ParameterDefinition<Money>, Object> bases = new java.util.HashMap<>();
        private final java.util.Map<Resolved<?>, Explanation.Step> steps = new java.util.IdentityHashMap<>();
        /** The payment-start rule and its step, null if it has no value; as {@link #steps} keeps them. */
        private Resolved<?> startValue;

        private Explanation.Step startStep;
        /** Per programme: its table and the table's step, null if none; as {@link #steps} keeps them. */
        private final Resolved<?>[] tableValues = new Resolved<?>[PROGRAMMES];

        private final Explanation.Step[] tableSteps = new Explanation.Step[PROGRAMMES];
        private final ClaimantFacts facts;
        private final Explanation.Step[] programmeSteps = new Explanation.Step[PROGRAMMES];
        private final Memo<DivisionCode, Explanation.Step> registrationSteps = new Memo<>(KEPT_REGISTRATIONS);
        /** Per programme: the payment-start rule's step per day of application, and how one is made. */
        private final java.util.List<Memo<java.time.LocalDate, Explanation.Step>> applicationSteps =
                new java.util.ArrayList<>();

        private final java.util.List<java.util.function.Function<java.time.LocalDate, Explanation.Step>> applying =
                new java.util.ArrayList<>();
        /** Per programme: the facts its exclusions and eligibility tables read, in index order. */
        private final int[][] factsRead = new int[PROGRAMMES][];

        private final boolean[] readsAge = new boolean[PROGRAMMES];

        private final Memo<FactsKey, FactsPart> factsParts = new Memo<>(KEPT_FACTS_PARTS);
        private final java.util.function.Function<FactsKey, FactsPart> evaluate = this::evaluate;

        CompiledValues(PolicyView view, YearMonth month) {
            facts = new ClaimantFacts(view.benefitDate());
            for (Programme p : ALL) {
                tables[p.ordinal()] = attempt(() -> view.find(SubsidyParameters.table(p)));
                exclusionTables[p.ordinal()] = attempt(() -> view.find(SubsidyParameters.exclusions(p)));
                if (tables[p.ordinal()] instanceof Optional<?> t && t.isPresent()) {
                    for (DecisionTable.Row row : ((DecisionTable) ((Resolved<?>) t.get()).value()).rows()) {
                        row.outcome().base().ifPresent(b -> bases.computeIfAbsent(b, k -> attempt(() -> view.get(k))));
                    }
                }
            }
            start = attempt(() -> view.get(SubsidyParameters.PAYMENT_STARTS));
            stop = attempt(() -> view.get(SubsidyParameters.PAYMENT_STOPS));
            for (Object o : tables) {
                remember(o);
            }
            for (Object o : exclusionTables) {
                remember(o);
            }
            bases.values().forEach(this::remember);
            remember(start);
            remember(stop);
            if (start instanceof Resolved<?> r) {
                startValue = r;
                startStep = steps.get(r);
            }
            for (Programme p : ALL) {
                if (tables[p.ordinal()] instanceof Optional<?> t && t.isPresent()) {
                    tableValues[p.ordinal()] = (Resolved<?>) t.get();
                    tableSteps[p.ordinal()] = steps.get(tableValues[p.ordinal()]);
                }
            }
            for (Programme p : ALL) {
                programmeSteps[p.ordinal()] = SubsidyCalculator.programmeStep(p, month);
                applicationSteps.add(new Memo<>(KEPT_APPLICATION_DAYS));
                applying.add(day -> SubsidyCalculator.applicationStep(p, start().value(), day));
                java.util.BitSet read = new java.util.BitSet();
                for (Object t : new Object[] {tables[p.ordinal()], exclusionTables[p.ordinal()]}) {
                    if (t instanceof Optional<?> o && o.isPresent()) {
                        for (DecisionTable.Row row : ((DecisionTable) ((Resolved<?>) o.get()).value()).rows()) {
                            row.conditions().forEach(c -> read.set(c.factIndex()));
                        }
                    }
                }
                factsRead[p.ordinal()] = read.stream().toArray();
                readsAge[p.ordinal()] = read.get(SubsidyFacts.AGE);
            }
        }

        /** This month's: a compiled month decides no other. */
        @Override
        public long firstDay(YearMonth benefitMonth) {
            return firstEpochDay();
        }

        /** This month's: a compiled month decides no other. */
        @Override
        public long lastDay(YearMonth benefitMonth) {
            return lastEpochDay();
        }

        /** The step built for this month: a compiled month decides no other ({@code benefitMonth} is its own). */
        @Override
        public Explanation.Step programmeStep(Programme programme, YearMonth benefitMonth) {
            return programmeSteps[programme.ordinal()];
        }

        @Override
        public Explanation.Step applicationStep(
                Programme programme, Resolved<PaymentStart> rule, java.time.LocalDate applied) {
            return applicationSteps.get(programme.ordinal()).get(applied, applying.get(programme.ordinal()));
        }

        /** Kept once per region; checks that the claimant is registered in the compiled region. */
        @Override
        public Explanation.Step registration(int index, Claimant claimant) {
            DivisionCode registered = claimant.registrationOrNull();
            if (registered == null) {
                return null;
            }
            checkRegion(registered);
            return registrationSteps.get(registered, SubsidyCalculator::registrationStep);
        }

        /** Kept once per combination of the facts the programme's tables read (their table is this month's). */
        @Override
        public FactsPart of(int index, Programme programme, Resolved<DecisionTable> table, Claimant claimant) {
            int[] read = factsRead[programme.ordinal()];
            long[] key = new long[read.length + 1];
            key[0] = programme.ordinal();
            for (int i = 0; i < read.length; i++) {
                key[i + 1] = facts.value(claimant, read[i]);
            }
            return factsParts.get(new FactsKey(key), evaluate);
        }

        boolean readsAge(int programme) {
            return readsAge[programme];
        }

        /** The part of the facts in {@code key}: the tables read them from it, and no other fact. */
        private FactsPart evaluate(FactsKey key) {
            Programme programme = ALL[(int) key.values[0]];
            int[] read = factsRead[programme.ordinal()];
            long[] all = new long[SubsidyFacts.SET.size()];
            java.util.Arrays.fill(all, org.canlian.rules.policy.FactSource.UNKNOWN);
            for (int i = 0; i < read.length; i++) {
                all[read[i]] = key.values[i + 1];
            }
            return FactsPart.of(this, programme, table(programme).orElseThrow(), all, (v, f) -> v[f]);
        }

        private static Object attempt(java.util.function.Supplier<Object> lookup) {
            try {
                return lookup.get();
            } catch (PolicyLookupException e) {
                return e;
            }
        }

        private void remember(Object o) {
            Object value = o instanceof Optional<?> opt ? opt.orElse(null) : o;
            if (value instanceof Resolved<?> r) {
                steps.put(r, Explanation.Step.parameter(r));
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T get(Object o) {
            if (o instanceof PolicyLookupException e) {
                throw e;
            }
            return (T) o;
        }

        @Override
        public Optional<Resolved<DecisionTable>> table(Programme programme) {
            return get(tables[programme.ordinal()]);
        }

        @Override
        public Optional<Resolved<DecisionTable>> exclusions(Programme programme) {
            return get(exclusionTables[programme.ordinal()]);
        }

        @Override
        public Resolved<PaymentStart> start() {
            return get(start);
        }

        @Override
        public Resolved<PaymentStop> stop() {
            return get(stop);
        }

        @Override
        public Resolved<Money> base(ParameterDefinition<Money> parameter) {
            return get(bases.get(parameter));
        }

        @Override
        public ClaimantFacts facts() {
            return facts;
        }

        @Override
        public Explanation.Step step(Resolved<?> value) {
            // Every decision reads the payment-start rule and its table: found without hashing.
            if (startStep != null && value == startValue) {
                return startStep;
            }
            for (int p = 0; p < PROGRAMMES; p++) {
                if (value == tableValues[p]) {
                    return tableSteps[p];
                }
            }
            Explanation.Step s = steps.get(value);
            return s != null ? s : Explanation.Step.parameter(value);
        }
    }

    /**
     * At most this many explanation parts of claimants' facts are kept per compiled month (each a few hundred bytes to
     * a few kilobytes): a county's claimants share a few hundred fact combinations per programme, ages included where a
     * table reads age.
     */
    private static final int KEPT_FACTS_PARTS = 1 << 14;

    /** At most this many days of application are kept per programme: eleven years. */
    private static final int KEPT_APPLICATION_DAYS = 4096;

    /** At most this many regions' registration steps are kept (a county has a few hundred villages). */
    private static final int KEPT_REGISTRATIONS = 1 << 12;

    /**
     * The programme's ordinal followed by the values of the facts its tables read, as a claimant's facts give them:
     * equal by content, hashed as {@link java.util.Arrays#hashCode(long[])}.
     */
    static final class FactsKey {
        final long[] values;
        private final int hash;

        FactsKey(long[] values) {
            this.values = values;
            this.hash = java.util.Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FactsKey k && java.util.Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The table with its age ranges turned into ranges of birth dates (yyyymmdd) for the benefit date, so that every
     * fact a compiled table reads is fixed per claimant. Age is whole years completed on the date: age &ge; a exactly
     * when born on or before the same month and day a years earlier, which as yyyymmdd numbers is
     * {@code birth <= (year - a) * 10000 + monthDay} (29 February included, without making a date).
     */
    static DecisionTable byBirthDate(DecisionTable table, java.time.LocalDate day) {
        long year = day.getYear();
        long monthDay = day.getMonthValue() * 100L + day.getDayOfMonth();
        return table.withRangesMapped(SubsidyFacts.AGE, (min, max) -> {
            if (max < 0) {
                return new long[] {Long.MAX_VALUE, Long.MIN_VALUE + 1}; // no age is negative: never matches
            }
            long latest = min <= 0 ? Long.MAX_VALUE : (year - min) * 10000 + monthDay;
            long earliest = max == Long.MAX_VALUE ? Long.MIN_VALUE + 1 : (year - max - 1) * 10000 + monthDay + 1;
            return new long[] {earliest, latest};
        });
    }

    /** One programme compiled. */
    private static final class Compiled {
        final DecisionTable table;
        final DecisionTable exclusions;
        /** Per row: fen due, NOT_ELIGIBLE for an excluding row, CANNOT_DECIDE where the share's base is missing. */
        final long[] rowFen;

        final PolicyLookupException[] rowErrors;
        final boolean oneOff;

        /** The lookup that failed (a table set but without a value in the month), rethrown on evaluation. */
        final PolicyLookupException missing;

        Compiled(PolicyView view, Programme p) {
            oneOff = p.isOneOff();
            Optional<Resolved<DecisionTable>> t;
            try {
                t = view.find(SubsidyParameters.table(p));
            } catch (PolicyLookupException e) {
                // Another programme may still be decided this month: fail only when this one is asked for.
                table = null;
                exclusions = null;
                rowFen = new long[0];
                rowErrors = new PolicyLookupException[0];
                missing = e;
                return;
            }
            missing = null;
            if (t.isEmpty()) {
                table = null;
                exclusions = null;
                rowFen = new long[0];
                rowErrors = new PolicyLookupException[0];
                return;
            }
            java.time.LocalDate day = view.benefitDate();
            table = byBirthDate(t.get().value(), day);
            exclusions = view.find(SubsidyParameters.exclusions(p))
                    .map(r -> byBirthDate(r.value(), day))
                    .orElse(null);
            rowFen = new long[table.rows().size()];
            rowErrors = new PolicyLookupException[rowFen.length];
            for (int i = 0; i < rowFen.length; i++) {
                RowOutcome o = table.rows().get(i).outcome();
                switch (o.kind()) {
                    case EXCLUDED:
                        rowFen[i] = NOT_ELIGIBLE;
                        break;
                    case SHARE:
                        try {
                            rowFen[i] = o.amountFrom(
                                            view.get(o.base().orElseThrow()).value())
                                    .toFen();
                        } catch (PolicyLookupException e) {
                            rowFen[i] = CANNOT_DECIDE;
                            rowErrors[i] = e;
                        }
                        break;
                    default:
                        rowFen[i] = o.amount().orElseThrow().toFen();
                }
            }
        }
    }
}
