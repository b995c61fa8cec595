package org.canlian.rules.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.StopEvent;

/**
 * Writes roster rows as {@link RosterReader} reads them: CSV with every {@link RosterColumn} under its Chinese header
 * (values in Chinese, dates ISO, unknown facts as empty cells), or JSON lines (English property names and codes,
 * unknown facts left out). What is written reads back as the same rows.
 *
 * <pre>{@code
 * try (RosterWriter out = RosterWriter.csv(Files.newBufferedWriter(path))) {
 *     rows.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>A roster file is an export of personal data: resident IDs and certificate numbers are written in full. Not
 * thread-safe.
 */
public final class RosterWriter implements Closeable, Flushable {
    private static final ObjectWriter JSON = CanlianJson.mapper().writer();

    private final Writer out;
    private final boolean csv;

    private RosterWriter(Writer out, boolean csv) {
        this.out = out;
        this.csv = csv;
    }

    /**
     * A CSV writer; writes the header at once.
     *
     * @param out where to write; closed by {@link #close()}
     * @return the writer
     */
    public static RosterWriter csv(Writer out) {
        RosterWriter w = new RosterWriter(Objects.requireNonNull(out, "out"), true);
        StringJoiner header = new StringJoiner(",", "", "\n");
        for (RosterColumn column : RosterColumn.values()) {
            header.add(column.header());
        }
        w.append(header.toString());
        return w;
    }

    /**
     * A JSON lines writer.
     *
     * @param out where to write; closed by {@link #close()}
     * @return the writer
     */
    public static RosterWriter jsonLines(Writer out) {
        return new RosterWriter(Objects.requireNonNull(out, "out"), false);
    }

    /**
     * Writes a row.
     *
     * @param row the row
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public RosterWriter write(RosterRow row) {
        append(csv ? csvLine(row) : jsonLine(row));
        return this;
    }

    private void append(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvLine(RosterRow row) {
        Claimant c = row.toClaimant();
        Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
        cells.put(RosterColumn.RESIDENT_ID, row.residentId().reveal());
        cells.put(RosterColumn.CERTIFICATE_NUMBER, row.certificateNumber().reveal());
        cells.put(RosterColumn.SEX, row.sex().chineseName());
        cells.put(RosterColumn.CATEGORY, row.category().chineseName());
        cells.put(RosterColumn.GRADE, row.grade().chineseName());
        StringJoiner components = new StringJoiner("、");
        for (DisabilityRating.Component k : row.rating().components()) {
            components.add(k.category().chineseName() + k.grade().chineseName());
        }
        cells.put(RosterColumn.COMPONENTS, components.toString());
        cells.put(RosterColumn.VALID_FROM, row.validFrom().toString());
        cells.put(RosterColumn.VALID_UNTIL, row.validUntil().toString());
        cells.put(RosterColumn.CANCELLED_ON, text(row.cancelledOn()));
        cells.put(RosterColumn.REGISTRATION, row.registration().value());
        cells.put(
                RosterColumn.REGISTRATION_TYPE,
                c.registrationType().map(t -> t.chinese()).orElse(""));
        cells.put(RosterColumn.HOUSEHOLD, c.household().map(h -> h.chinese()).orElse(""));
        cells.put(RosterColumn.CHILD_SUPPORT, flag(c.childSupport()));
        cells.put(RosterColumn.DESTITUTE_SUPPORT, flag(c.destituteSupport()));
        cells.put(RosterColumn.WORK_INJURY_CARE, flag(c.workInjuryCare()));
        cells.put(RosterColumn.LONG_TERM_CARE, flag(c.longTermCare()));
        cells.put(RosterColumn.FIXED_INCOME, flag(c.fixedIncome()));
        cells.put(RosterColumn.LOWER_LIMB, flag(c.lowerLimb()));
        cells.put(RosterColumn.OWNS_VEHICLE, flag(c.ownsVehicle()));
        cells.put(RosterColumn.SCHOOLING, c.schooling().map(s -> s.chinese()).orElse(""));
        cells.put(
                RosterColumn.ALLOWANCES,
                c.allowances().map(RosterWriter::allowances).orElse(""));
        for (Programme p : Programme.values()) {
            cells.put(RosterColumn.applied(p), text(c.appliedOn(p)));
        }
        StringJoiner events = new StringJoiner(";");
        for (StopEvent e : c.events()) {
            events.add(e.reason().chinese() + ":" + e.date());
        }
        cells.put(RosterColumn.EVENTS, events.toString());
        StringJoiner line = new StringJoiner(",", "", "\n");
        for (RosterColumn column : RosterColumn.values()) {
            line.add(quoted(cells.get(column)));
        }
        return line.toString();
    }

    private static String allowances(Map<Allowance, Money> amounts) {
        if (amounts.isEmpty()) {
            return "无";
        }
        StringJoiner s = new StringJoiner(";");
        amounts.forEach((a, m) -> s.add(a.chinese() + ":" + m.toPlainString()));
        return s.toString();
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    private static String flag(Optional<Boolean> value) {
        return value.map(b -> b ? "是" : "否").orElse("");
    }

    static String quoted(String field) { // package-private for its test
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String jsonLine(RosterRow row) {
        Claimant c = row.toClaimant();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("residentId", row.residentId().reveal());
        json.put("certificateNumber", row.certificateNumber().reveal());
        if (!row.rating().components().isEmpty()) {
            List<Map<String, Object>> components = new ArrayList<>();
            for (DisabilityRating.Component k : row.rating().components()) {
                Map<String, Object> component = new LinkedHashMap<>();
                component.put("category", k.category().englishName());
                component.put("grade", k.grade().number());
                components.add(component);
            }
            json.put("components", components);
        }
        json.put("validFrom", row.validFrom());
        json.put("validUntil", row.validUntil());
        row.cancelledOn().ifPresent(d -> json.put("cancelledOn", d));
        json.put("registration", row.registration());
        c.registrationType().ifPresent(t -> json.put("registrationType", t.code()));
        c.household().ifPresent(h -> json.put("household", h.code()));
        c.childSupport().ifPresent(b -> json.put("childSupport", b));
        c.destituteSupport().ifPresent(b -> json.put("destituteSupport", b));
        c.workInjuryCare().ifPresent(b -> json.put("workInjuryCare", b));
        c.longTermCare().ifPresent(b -> json.put("longTermCare", b));
        c.fixedIncome().ifPresent(b -> json.put("fixedIncome", b));
        c.lowerLimb().ifPresent(b -> json.put("lowerLimb", b));
        c.ownsVehicle().ifPresent(b -> json.put("ownsVehicle", b));
        c.schooling().ifPresent(s -> json.put("schooling", s.code()));
        c.allowances().ifPresent(amounts -> {
            Map<String, Object> allowances = new LinkedHashMap<>();
            amounts.forEach((a, m) -> allowances.put(a.code(), m));
            json.put("allowances", allowances);
        });
        Map<String, Object> applied = new LinkedHashMap<>();
        for (Programme p : Programme.values()) {
            c.appliedOn(p).ifPresent(d -> applied.put(p.code(), d));
        }
        if (!applied.isEmpty()) {
            json.put("applied", applied);
        }
        if (!c.events().isEmpty()) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (StopEvent e : c.events()) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("reason", e.reason().code());
                event.put("date", e.date());
                events.add(event);
            }
            json.put("events", events);
        }
        try {
            return JSON.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a roster row as JSON", e);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
