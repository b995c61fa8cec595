package org.canlian.examples.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/**
 * A county with the names of its townships and villages, read from a {@code code,name} CSV whose first row is the
 * county itself.
 *
 * <pre>{@code
 * CountyDivisions linze = CountyDivisions.linze();
 * linze.county();                                          // 620723
 * linze.name(DivisionCode.parse("620723101"));             // Optional[沙河镇]
 * linze.townships().size();                                // 7
 * linze.villages().size();                                 // 76
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyDivisions {
    /** The bundled list of 临泽县's towns and villages (statistics bureau codes as of 2023-06-30). */
    public static final String LINZE_RESOURCE = "/roster/620723-divisions.csv";

    private final DivisionCode county;
    private final Map<DivisionCode, String> names;

    private CountyDivisions(DivisionCode county, Map<DivisionCode, String> names) {
        this.county = county;
        this.names = names;
    }

    /**
     * Reads a county's division list.
     *
     * @param in CSV text with the columns {@code code,name}; first row the county, then its townships and villages
     * @return the list
     * @throws InvalidValueException if a code is malformed, the first row is not a county or a later row lies outside
     *     it
     */
    public static CountyDivisions read(Reader in) {
        Map<DivisionCode, String> names = new LinkedHashMap<>();
        DivisionCode county = null;
        try (CsvReader csv = CsvReader.withHeader(in)) {
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                DivisionCode code = DivisionCode.parse(r.get("code"));
                if (county == null) {
                    if (code.level() != DivisionLevel.COUNTY) {
                        throw InvalidValueException.of(
                                "division list",
                                "county-first",
                                Masking.quote(code.value()),
                                "the first row must be the county");
                    }
                    county = code;
                } else if (!county.contains(code)) {
                    throw InvalidValueException.of(
                            "division list",
                            "within-county",
                            Masking.quote(code.value()),
                            "line " + r.line() + " is not within county " + county);
                }
                names.put(code, r.get("name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (county == null) {
            throw InvalidValueException.of("division list", "county-first", "\"\"", "the list has no rows");
        }
        return new CountyDivisions(county, Map.copyOf(names));
    }

    /** 临泽县 (620723) with its 7 towns and 76 villages and communities, from the bundled resource. */
    public static CountyDivisions linze() {
        InputStream in = Objects.requireNonNull(
                CountyDivisions.class.getResourceAsStream(LINZE_RESOURCE), LINZE_RESOURCE + " is missing");
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The county's code. */
    public DivisionCode county() {
        return county;
    }

    /** The county's name, e.g. {@code 临泽县}. */
    public String countyName() {
        return names.get(county);
    }

    /**
     * The name of a unit of the list.
     *
     * @param code a code
     * @return its name, or empty if the list does not have it
     */
    public Optional<String> name(DivisionCode code) {
        return Optional.ofNullable(names.get(code));
    }

    /** The townships of the list, in code order. */
    public List<DivisionCode> townships() {
        return at(DivisionLevel.TOWNSHIP);
    }

    /** The villages and communities of the list, in code order. */
    public List<DivisionCode> villages() {
        return at(DivisionLevel.VILLAGE);
    }

    private List<DivisionCode> at(DivisionLevel level) {
        List<DivisionCode> codes = new ArrayList<>();
        names.keySet().stream().filter(c -> c.level() == level).sorted().forEach(codes::add);
        return List.copyOf(codes);
    }

    @Override
    public String toString() {
        return "CountyDivisions[" + county + " " + countyName() + ", " + names.size() + " units]";
    }
}
