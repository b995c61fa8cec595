package org.canlian.core.certificate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canlian.core.person.ResidentId;

/**
 * A {@link CertificateRegistry} over a collection held in memory. A file is identified by its holder and
 * application date: {@link #with(CertificateState)} puts a new state of a file in place of its previous one (so a
 * new application made on the day an earlier one was rejected replaces the rejected file, which no longer counts
 * for the checks anyway).
 *
 * <pre>{@code
 * InMemoryCertificateRegistry registry = InMemoryCertificateRegistry.empty();
 * registry = registry.with(application);           // a new registry; the old one is unchanged
 * registry = registry.with(issuedCertificate);     // replaces the application: same holder, same applied date
 * registry.filesOf(holder);                        // [Certificate[...]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InMemoryCertificateRegistry implements CertificateRegistry {
    private static final InMemoryCertificateRegistry EMPTY = new InMemoryCertificateRegistry(Map.of());

    private final Map<ResidentId, List<CertificateState>> byHolder;

    private InMemoryCertificateRegistry(Map<ResidentId, List<CertificateState>> byHolder) {
        this.byHolder = byHolder;
    }

    /** {@return a registry with no files} */
    public static InMemoryCertificateRegistry empty() {
        return EMPTY;
    }

    /**
     * A registry of these files; a later state of the same file replaces an earlier one.
     *
     * @param files applications and certificates
     * @return the registry
     */
    public static InMemoryCertificateRegistry of(Collection<? extends CertificateState> files) {
        InMemoryCertificateRegistry r = EMPTY;
        for (CertificateState s : files) {
            r = r.with(s);
        }
        return r;
    }

    /**
     * This registry with a file added, or replacing the file of the same holder and application date.
     *
     * @param state the file's state
     * @return the new registry
     */
    public InMemoryCertificateRegistry with(CertificateState state) {
        Objects.requireNonNull(state, "state");
        Map<ResidentId, List<CertificateState>> copy = new HashMap<>(byHolder);
        List<CertificateState> files = new ArrayList<>(copy.getOrDefault(state.holder(), List.of()));
        files.removeIf(f -> f.appliedOn().equals(state.appliedOn()));
        files.add(state);
        copy.put(state.holder(), List.copyOf(files));
        return new InMemoryCertificateRegistry(Map.copyOf(copy));
    }

    @Override
    public List<CertificateState> filesOf(ResidentId holder) {
        return byHolder.getOrDefault(Objects.requireNonNull(holder, "holder"), List.of());
    }

    /** {@return every file, grouped by holder, in no particular order} */
    public List<CertificateState> all() {
        List<CertificateState> all = new ArrayList<>();
        byHolder.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** {@return every certificate (not application) in the registry, in no particular order} */
    public List<Certificate> certificates() {
        List<Certificate> out = new ArrayList<>();
        for (List<CertificateState> files : byHolder.values()) {
            for (CertificateState s : files) {
                if (s instanceof Certificate c) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "InMemoryCertificateRegistry[" + byHolder.size() + " persons]";
    }
}
