package org.canlian.rules.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.rules.subsidy.Programme;

/**
 * A column of a roster file: its Chinese headers as county spreadsheets write them, its English name (the CSV alias and
 * the JSON lines property), and whether a row must fill it. The package documentation lists the values each accepts.
 *
 * <pre>{@code
 * RosterColumn.find("公民身份号码");               // Optional[RESIDENT_ID]
 * RosterColumn.find("residentId");                // Optional[RESIDENT_ID] (English names: any letter case)
 * RosterColumn.applied(Programme.CARE).header();   // "护理补贴申请日期"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RosterColumn {
    /** 公民身份号码: optional (the certificate number carries it); checked against the number. */
    RESIDENT_ID("residentId", "resident ID", false, "公民身份号码", "身份证号", "身份证号码"),
    /** 残疾人证号: required; gives the resident ID, category and grade. */
    CERTIFICATE_NUMBER("certificateNumber", "certificate number", true, "残疾人证号", "残疾证号"),
    /** 性别: optional; checked against the resident ID. */
    SEX("sex", "sex", false, "性别"),
    /** 残疾类别: optional; checked against the certificate number. */
    CATEGORY("category", "disability category", false, "残疾类别"),
    /** 残疾等级: optional; checked against the certificate number. */
    GRADE("grade", "disability grade", false, "残疾等级"),
    /** 多重残疾构成: the components of a multiple disability; required for category 7 only. */
    COMPONENTS("components", "multiple disability components", false, "多重残疾构成"),
    /** 发证日期: required; the first day of validity. */
    VALID_FROM("validFrom", "certificate issue date", true, "发证日期"),
    /** 有效期至: optional; ten years from the issue date when empty (Civil Code arts. 201-202). */
    VALID_UNTIL("validUntil", "certificate valid-until date", false, "有效期至"),
    /** 注销日期: optional; the day the certificate was cancelled. */
    CANCELLED_ON("cancelledOn", "certificate cancellation date", false, "注销日期"),
    /** 户籍地行政区划代码: required; a county, township or village code. */
    REGISTRATION("registration", "registration division", true, "户籍地行政区划代码", "行政区划代码"),
    /** 户籍类型: urban or rural, optional. */
    REGISTRATION_TYPE("registrationType", "registration type", false, "户籍类型"),
    /** 家庭类别: household status, optional. */
    HOUSEHOLD("household", "household status", false, "家庭类别"),
    /** 孤儿或事实无人抚养儿童: on orphan or unsupported-child support, optional. */
    CHILD_SUPPORT("childSupport", "child support", false, "孤儿或事实无人抚养儿童"),
    /** 特困供养: under destitute-persons support, optional. */
    DESTITUTE_SUPPORT("destituteSupport", "destitute-persons support", false, "特困供养"),
    /** 工伤保险生活护理费: receives the work-injury care allowance, optional. */
    WORK_INJURY_CARE("workInjuryCare", "work-injury care allowance", false, "工伤保险生活护理费"),
    /** 需长期照护: needs long-term care, optional. */
    LONG_TERM_CARE("longTermCare", "long-term care", false, "需长期照护"),
    /** 有固定收入: has a fixed income, optional. */
    FIXED_INCOME("fixedIncome", "fixed income", false, "有固定收入"),
    /** 下肢残疾: the physical disability is of the lower limbs, optional. */
    LOWER_LIMB("lowerLimb", "lower-limb disability", false, "下肢残疾"),
    /** 自有残疾人机动车: owns a motor vehicle for the disabled, optional. */
    OWNS_VEHICLE("ownsVehicle", "owns a vehicle", false, "自有残疾人机动车"),
    /** 在学情况: schooling, optional. */
    SCHOOLING("schooling", "schooling", false, "在学情况"),
    /** 其他津贴: other allowances with their monthly amounts, {@code 无} for none, optional. */
    ALLOWANCES("allowances", "other allowances", false, "其他津贴"),
    /** 生活补贴申请日期: the living subsidy's application date, optional. */
    APPLIED_LIVING("applied.living", "living subsidy application date", false, "生活补贴申请日期"),
    /** 护理补贴申请日期: the care subsidy's application date, optional. */
    APPLIED_CARE("applied.care", "care subsidy application date", false, "护理补贴申请日期"),
    /** 老年补助申请日期: the elderly allowance's application date, optional. */
    APPLIED_ELDERLY("applied.elderly", "elderly allowance application date", false, "老年补助申请日期"),
    /** 燃油补贴申请日期: the fuel subsidy's application date, optional. */
    APPLIED_FUEL("applied.fuel", "fuel subsidy application date", false, "燃油补贴申请日期"),
    /** 助学补助申请日期: the school grant's application date, optional. */
    APPLIED_SCHOOL("applied.school", "school grant application date", false, "助学补助申请日期"),
    /** 大学新生补助申请日期: the college grant's application date, optional. */
    APPLIED_COLLEGE("applied.college", "college grant application date", false, "大学新生补助申请日期"),
    /** 医保资助申请日期: the medical-insurance premium's application date, optional. */
    APPLIED_MEDICAL_INSURANCE(
            "applied.medical-insurance", "medical-insurance premium application date", false, "医保资助申请日期"),
    /** 停发事件: dated events after which subsidies stop, optional. */
    EVENTS("events", "stop events", false, "停发事件");

    private final String english;
    private final String field;
    private final boolean required;
    private final List<String> chineseHeaders;

    RosterColumn(String english, String field, boolean required, String... chineseHeaders) {
        this.english = english;
        this.field = field;
        this.required = required;
        this.chineseHeaders = List.of(chineseHeaders);
    }

    /**
     * The column a header names: one of its Chinese headers exactly, or its English name in any letter case; white
     * space around the header is ignored.
     *
     * @param header a header as the file writes it
     * @return the column, or empty if the header names none (the column is then ignored)
     */
    public static Optional<RosterColumn> find(String header) {
        String h = Objects.requireNonNull(header, "header").strip();
        for (RosterColumn column : values()) {
            if (column.chineseHeaders.contains(h) || column.english.equalsIgnoreCase(h)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * The application-date column of a programme.
     *
     * @param programme the programme
     * @return its column
     */
    public static RosterColumn applied(Programme programme) {
        RosterColumn column = Applied.COLUMNS[programme.ordinal()];
        if (column == null) {
            throw new IllegalStateException("no roster column for " + programme);
        }
        return column;
    }

    /** The application-date column of each programme, by ordinal (looked up for every row of a roster). */
    private static final class Applied {
        static final RosterColumn[] COLUMNS = new RosterColumn[Programme.values().length];

        static {
            for (RosterColumn column : values()) {
                column.programme().ifPresent(p -> COLUMNS[p.ordinal()] = column);
            }
        }
    }

    /** {@return the programme of an application-date column, if this is one} */
    public Optional<Programme> programme() {
        return english.startsWith("applied.")
                ? Programme.find(english.substring("applied.".length()))
                : Optional.empty();
    }

    /** {@return the header a writer uses: the first Chinese header, e.g. {@code 公民身份号码}} */
    public String header() {
        return chineseHeaders.get(0);
    }

    /** {@return every Chinese header read as this column, the writer's first} */
    public List<String> chineseHeaders() {
        return chineseHeaders;
    }

    /**
     * {@return the English name: the CSV alias, and the JSON lines property (an {@code applied.} column is in {@code
     * applied})}
     */
    public String english() {
        return english;
    }

    /** {@return the field as error messages name it, e.g. {@code resident ID}} */
    public String field() {
        return field;
    }

    /** {@return whether every row must fill it (and every file have it)} */
    public boolean isRequired() {
        return required;
    }

    @Override
    public String toString() {
        return header() + " (" + english + ")";
    }
}
