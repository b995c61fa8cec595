package org.canlian.rules.subsidy;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;

/**
 * Where a subsidy policy comes from, as a small serializable value: the national rules, regional files (shipped
 * resources, or files read as text when the source is made), reform files applied on top of them
 * ({@link PolicySet#withValuesFrom}), and the decision date. A distributed engine ships this recipe to its workers
 * once (Spark: a broadcast variable), and each worker builds the calculator from it once ({@link #calculator()} is
 * computed on first use and kept by the instance, so once per deserialized copy, once per JVM for a broadcast).
 *
 * <pre>{@code
 * PolicySource linze = PolicySource.shipped(SubsidyPolicies.GANSU_LINZE).asKnownOn(LocalDate.of(2026, 1, 10));
 * PolicySource reform = linze.withReform("linze-care-reform.json", Files.readString(reformFile));
 * SubsidyCalculator calc = linze.calculator();           // read, merged and checked once
 * byte[] shipped = serialize(linze);                      // names and texts only: a few kilobytes
 * }</pre>
 *
 * <p>Files are read when the source is made: a worker needs no access to the driver's disk. Shipped resources are
 * named only (every worker has canlian on its class path). This class is immutable and thread-safe; the calculator it
 * builds is too.
 */
public final class PolicySource implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The regional files: shipped resources by name, or files read when the source was made. */
    private final List<File> regional;
    /** The reform files applied on top, in order. */
    private final List<File> reforms;
    /** The decision date, or null to use every value whatever its publication date. */
    private final LocalDate decisionDate;

    private transient volatile SubsidyCalculator calculator;

    private PolicySource(List<File> regional, List<File> reforms, LocalDate decisionDate) {
        this.regional = List.copyOf(regional);
        this.reforms = List.copyOf(reforms);
        this.decisionDate = decisionDate;
    }

    /**
     * The national rules and the shipped regional files, as {@link SubsidyPolicies#load} reads them.
     *
     * <pre>{@code
     * PolicySource.shipped(SubsidyPolicies.SHANGHAI).calculator();
     * }</pre>
     *
     * @param resources classpath resources of regional files, e.g. {@link SubsidyPolicies#GANSU_LINZE}
     * @return the source
     */
    public static PolicySource shipped(String... resources) {
        List<File> files = new ArrayList<>();
        for (String r : resources) {
            files.add(new File(Objects.requireNonNull(r, "resource"), null));
        }
        return new PolicySource(files, List.of(), null);
    }

    /**
     * The national rules and regional files read from disk now (UTF-8 JSON policy files).
     *
     * @param files the regional files
     * @return the source
     * @throws UncheckedIOException if a file cannot be read
     */
    public static PolicySource ofFiles(Path... files) {
        List<File> read = new ArrayList<>();
        for (Path f : files) {
            read.add(new File(f.getFileName().toString(), readText(f)));
        }
        return new PolicySource(read, List.of(), null);
    }

    /**
     * This source with a reform file applied on top (each of its values replacing the policy's from its date on).
     *
     * @param name the reform file's name, for messages
     * @param json the reform file's text
     * @return the source
     */
    public PolicySource withReform(String name, String json) {
        List<File> more = new ArrayList<>(reforms);
        more.add(new File(Objects.requireNonNull(name, "name"), Objects.requireNonNull(json, "json")));
        return new PolicySource(regional, more, decisionDate);
    }

    /**
     * {@return this source with a reform file read from disk now}
     *
     * @param file the reform file (UTF-8 JSON)
     * @throws UncheckedIOException if the file cannot be read
     */
    public PolicySource withReform(Path file) {
        return withReform(file.getFileName().toString(), readText(file));
    }

    /**
     * {@return this source deciding as known on {@code date} ({@link SubsidyCalculator#asKnownOn})}
     *
     * @param date the decision date
     */
    public PolicySource asKnownOn(LocalDate date) {
        return new PolicySource(regional, reforms, Objects.requireNonNull(date, "decisionDate"));
    }

    /** {@return the decision date, if one is set} */
    public Optional<LocalDate> decisionDate() {
        return Optional.ofNullable(decisionDate);
    }

    /**
     * {@return the policy set: the national rules merged with the regional files, then the reforms applied}
     *
     * @throws org.canlian.rules.policy.InvalidPolicyException if a file is invalid or two files clash
     */
    public PolicySet policy() {
        return calculator().policy();
    }

    /**
     * {@return the calculator of this policy, built on first use and kept (once per copy: once per JVM on workers)}
     *
     * @throws org.canlian.rules.policy.InvalidPolicyException if a file is invalid or two files clash
     */
    public SubsidyCalculator calculator() {
        SubsidyCalculator c = calculator;
        if (c == null) {
            synchronized (this) {
                c = calculator;
                if (c == null) {
                    c = build();
                    calculator = c;
                }
            }
        }
        return c;
    }

    private SubsidyCalculator build() {
        PolicySet set = SubsidyPolicies.load();
        for (File f : regional) {
            set = set.merge(f.read());
        }
        for (File f : reforms) {
            set = set.withValuesFrom(f.read());
        }
        SubsidyCalculator c = SubsidyCalculator.of(set);
        return decisionDate == null ? c : c.asKnownOn(decisionDate);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy file " + file, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicySource p
                && regional.equals(p.regional)
                && reforms.equals(p.reforms)
                && Objects.equals(decisionDate, p.decisionDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regional, reforms, decisionDate);
    }

    /** The files' names and the decision date. */
    @Override
    public String toString() {
        return "PolicySource[national"
                + regional.stream().map(f -> " + " + f.name()).reduce("", String::concat)
                + reforms.stream().map(f -> ", reform " + f.name()).reduce("", String::concat)
                + (decisionDate == null ? "" : ", as known on " + decisionDate) + "]";
    }

    /** A policy file: a shipped resource (no text) or a file's name and text. */
    private record File(String name, String json) implements Serializable {
        PolicySet read() {
            if (json == null) {
                return PolicyFiles.readResource(SubsidyParameters.catalog(), name);
            }
            return PolicyFiles.read(SubsidyParameters.catalog(), json, name);
        }
    }
}
