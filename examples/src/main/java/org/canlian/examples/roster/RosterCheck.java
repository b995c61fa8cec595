package org.canlian.examples.roster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;

/**
 * Reads a county federation's roster export (CSV, UTF-8, a header of the columns in {@link #COLUMNS}) and checks every
 * row with the core value types, keeping every valid holder and reporting every invalid row with its line.
 *
 * <p>Checks of a row, in order; a row is reported with the first one it fails:
 *
 * <ol>
 *   <li>姓名 (name) present;
 *   <li>公民身份号码 (resident ID) valid as {@link ResidentId#parse(CharSequence, LocalDate)} checks it, as of the
 *       report date;
 *   <li>性别 (sex) {@code 男} or {@code 女}, and the one the ID records;
 *   <li>残疾人证号 (certificate number) valid, and its ID part the row's ID;
 *   <li>残疾类别 (category) and 残疾等级 (grade), by their Chinese names, the ones the certificate number records;
 *   <li>行政区划代码 (division code) a township or village of the county, one its division list names;
 *   <li>发证日期 (issue date) an ISO date, not after the report date and not before the birth date;
 *   <li>one person, one certificate: the ID is not that of a valid row above.
 * </ol>
 *
 * <pre>{@code
 * RosterCheck check = RosterCheck.of(CountyDivisions.linze(), LocalDate.of(2025, 12, 31));
 * BatchResult<Holder> result = check.read(reader);
 * result.errors().get(0).toString();   // "line 18: Invalid resident ID 620723********0230: check character should be X"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each {@link #read} call has its own state.
 */
public final class RosterCheck {
    /** The columns of the export, in order: a county federation's usual roster. */
    public static final List<String> COLUMNS =
            List.of("序号", "姓名", "性别", "公民身份号码", "残疾人证号", "残疾类别", "残疾等级", "行政区划代码", "发证日期");

    private final CountyDivisions county;
    private final LocalDate asOf;

    private RosterCheck(CountyDivisions county, LocalDate asOf) {
        this.county = county;
        this.asOf = asOf;
    }

    /**
     * A check of one county's roster as of a date.
     *
     * @param county the county, with its townships and villages
     * @param asOf the report date: no birth or issue date may be after it
     * @return the check
     */
    public static RosterCheck of(CountyDivisions county, LocalDate asOf) {
        return new RosterCheck(Objects.requireNonNull(county, "county"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** The county whose roster this checks. */
    public CountyDivisions county() {
        return county;
    }

    /** The report date. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Reads and checks a roster, reporting every invalid row and going on.
     *
     * @param in the CSV text
     * @return every valid holder with its line, and every invalid row's error
     * @throws InvalidValueException if the header lacks a column, or a quoted field is never closed
     */
    public BatchResult<Holder> read(Reader in) {
        return read(in, OnInvalidRow.REPORT_AND_CONTINUE);
    }

    /**
     * Reads and checks a roster, stopping at the first invalid row or going on, as the caller chooses.
     *
     * @param in the CSV text
     * @param onInvalidRow what to do at an invalid row
     * @return every valid holder with its line, and every invalid row's error
     * @throws org.canlian.core.batch.BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     * @throws InvalidValueException if the header lacks a column, or a quoted field is never closed
     */
    public BatchResult<Holder> read(Reader in, OnInvalidRow onInvalidRow) {
        BatchResult.Builder<Holder> batch = BatchResult.builder(onInvalidRow);
        Map<ResidentId, Integer> firstLine = new HashMap<>();
        try (CsvReader csv = CsvReader.withHeader(in)) {
            for (String column : COLUMNS) {
                if (!csv.header().contains(column)) {
                    throw InvalidValueException.of(
                            "roster header",
                            "columns",
                            Masking.quote(String.join(",", csv.header())),
                            "column " + column + " is missing; expected " + String.join(",", COLUMNS));
                }
            }
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                CsvRecord row = r;
                batch.add(row.line(), () -> {
                    Holder holder = holder(row);
                    Integer earlier = firstLine.get(holder.residentId());
                    if (earlier != null) {
                        throw InvalidValueException.of(
                                "resident ID",
                                "one-certificate-per-person",
                                holder.residentId().masked(),
                                "already holds the certificate on line " + earlier + " (one person, one certificate)");
                    }
                    firstLine.put(holder.residentId(), row.line());
                    return holder;
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return batch.build();
    }

    private Holder holder(CsvRecord r) {
        String name = required(r, "姓名", "name");
        ResidentId id = ResidentId.parse(required(r, "公民身份号码", "resident ID"), asOf);
        Sex sex = sex(required(r, "性别", "sex"));
        if (sex != id.sex()) {
            throw InvalidValueException.of(
                    "sex",
                    "matches-resident-id",
                    Masking.quote(sex.chineseName()),
                    "the resident ID " + id.masked() + " records " + id.sex().chineseName() + " ("
                            + id.sex().englishName() + ")");
        }
        CertificateNumber certificate = CertificateNumber.parse(required(r, "残疾人证号", "certificate number"), asOf);
        if (!certificate.residentId().equals(id)) {
            throw InvalidValueException.of(
                    "certificate number",
                    "matches-resident-id",
                    certificate.masked(),
                    "its resident ID part is not the row's resident ID " + id.masked());
        }
        DisabilityCategory category = category(required(r, "残疾类别", "category"));
        if (category != certificate.category()) {
            throw InvalidValueException.of(
                    "category",
                    "matches-certificate",
                    Masking.quote(category.chineseName()),
                    "the certificate number records " + certificate.category().chineseName() + " (digit "
                            + certificate.category().digit() + ")");
        }
        DisabilityGrade grade = grade(required(r, "残疾等级", "grade"));
        if (grade != certificate.grade()) {
            throw InvalidValueException.of(
                    "grade",
                    "matches-certificate",
                    Masking.quote(grade.chineseName()),
                    "the certificate number records " + certificate.grade().chineseName() + " (digit "
                            + certificate.grade().number() + ")");
        }
        DivisionCode division = division(required(r, "行政区划代码", "division code"));
        LocalDate issued = issueDate(required(r, "发证日期", "issue date"), id);
        return new Holder(name, sex, id, certificate, division, issued);
    }

    private static String required(CsvRecord r, String column, String field) {
        String text = r.get(column).strip();
        if (text.isEmpty()) {
            throw InvalidValueException.of(field, "missing", "\"\"", "column " + column + " is empty");
        }
        return text;
    }

    private static Sex sex(String text) {
        for (Sex sex : Sex.values()) {
            if (sex.chineseName().equals(text)) {
                return sex;
            }
        }
        throw InvalidValueException.of("sex", "known", Masking.quote(text), "must be 男 or 女");
    }

    private static DisabilityCategory category(String text) {
        for (DisabilityCategory category : DisabilityCategory.values()) {
            if (category.chineseName().equals(text)) {
                return category;
            }
        }
        throw InvalidValueException.of(
                "category", "known", Masking.quote(text), "must be one of 视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾, 精神残疾, 多重残疾");
    }

    private static DisabilityGrade grade(String text) {
        for (DisabilityGrade grade : DisabilityGrade.values()) {
            if (grade.chineseName().equals(text)) {
                return grade;
            }
        }
        throw InvalidValueException.of("grade", "known", Masking.quote(text), "must be one of 一级, 二级, 三级, 四级");
    }

    private DivisionCode division(String text) {
        DivisionCode code = DivisionCode.parse(text);
        if (code.level() != DivisionLevel.TOWNSHIP && code.level() != DivisionLevel.VILLAGE) {
            throw InvalidValueException.of(
                    "division code",
                    "township-or-village",
                    Masking.quote(text),
                    "must be a township (9 digits) or village (12 digits) code, not a "
                            + code.level().englishName() + " code");
        }
        if (!county.county().contains(code)) {
            throw InvalidValueException.of(
                    "division code",
                    "within-county",
                    Masking.quote(text),
                    "is not within " + county.countyName() + " (" + county.county() + ")");
        }
        if (county.name(code).isEmpty()) {
            throw InvalidValueException.of(
                    "division code",
                    "known-unit",
                    Masking.quote(text),
                    "is not a township or village of " + county.countyName() + " in the division list");
        }
        return code;
    }

    private LocalDate issueDate(String text, ResidentId id) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidValueException.of("issue date", "format", Masking.quote(text), "must be a date YYYY-MM-DD");
        }
        if (date.isAfter(asOf)) {
            throw InvalidValueException.of(
                    "issue date", "not-after-report-date", Masking.quote(text), "is after the report date " + asOf);
        }
        if (date.isBefore(id.birthDate())) {
            throw InvalidValueException.of(
                    "issue date", "not-before-birth", Masking.quote(text), "is before the holder's birth date");
        }
        return date;
    }

    @Override
    public String toString() {
        return "RosterCheck[" + county.county() + ", as of " + asOf + "]";
    }
}
