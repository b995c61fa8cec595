package org.canlian.rules.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.Sex;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyCode;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.StopReason;

/** The values of roster cells, read as the package documentation lists them; shared by the CSV and JSON readers. */
final class Values {
    /** Six digits in a row may be part of a resident ID typed into the wrong column: such text is shown masked. */
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9０-９]{6}");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、]");
    /** A component: a category name, then (after optional space or colon) a grade, e.g. {@code 视力一级}, {@code visual:1}. */
    private static final Pattern COMPONENT = Pattern.compile("(.+?)[\\s:：]*((?:[一二三四1-4１-４]级)|[1-4])");

    private static final Pattern PAIR = Pattern.compile("(.+?)[\\s]*[:：][\\s]*(.+)");

    private Values() {}

    /** A rejected value as a message may show it: quoted, or masked when it may be a personal number. */
    static String shown(String text) {
        return LONG_DIGIT_RUN.matcher(text).find() ? Masking.mask(text) : Masking.quote(text);
    }

    static InvalidValueException invalid(String field, String rule, String text, String reason) {
        return InvalidValueException.of(field, rule, shown(text), reason);
    }

    /** A division code; the core's message, with the text masked if it may be a resident ID. */
    static DivisionCode division(String field, String text) {
        try {
            return DivisionCode.parse(text);
        } catch (InvalidValueException e) {
            // Up to 12 characters is no resident ID: shown as it is, the likeliest typo of a division code.
            String shown = text.length() <= 12 ? Masking.quote(text) : shown(text);
            throw InvalidValueException.of(field, e.rule(), shown, e.reason());
        }
    }

    static Sex sex(String field, String text) {
        Optional<Sex> sex = Sex.findByChineseName(text);
        if (sex.isPresent()) {
            return sex.get();
        }
        for (Sex s : Sex.values()) {
            if (s.englishName().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw invalid(field, "known", text, "must be 男 or 女 (also 男性, 女性, male, female)");
    }

    static DisabilityCategory category(String field, String text) {
        Optional<DisabilityCategory> category = DisabilityCategory.findByChineseName(text);
        if (category.isPresent()) {
            return category.get();
        }
        for (DisabilityCategory c : DisabilityCategory.values()) {
            if (c.englishName().equalsIgnoreCase(text)) {
                return c;
            }
        }
        throw invalid(
                field,
                "known",
                text,
                "must be one of 视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾, 精神残疾, 多重残疾 (also without 残疾, or "
                        + Arrays.stream(DisabilityCategory.values())
                                .map(DisabilityCategory::englishName)
                                .collect(Collectors.joining(", "))
                        + ")");
    }

    static DisabilityGrade grade(String field, String text) {
        Optional<DisabilityGrade> grade = DisabilityGrade.findByChineseName(text);
        if (grade.isPresent()) {
            return grade.get();
        }
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '4') {
            return DisabilityGrade.of(text.charAt(0) - '0');
        }
        throw invalid(field, "known", text, "must be one of 一级, 二级, 三级, 四级 (also 1级-4级, or 1-4)");
    }

    /** {@code 视力一级、听力三级}; also {@code visual:1;hearing:3}. */
    static List<DisabilityRating.Component> components(String field, String text) {
        List<DisabilityRating.Component> components = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(text, -1)) {
            Matcher m = COMPONENT.matcher(item.strip());
            if (!m.matches()) {
                throw invalid(
                        field,
                        "format",
                        text,
                        "must list categories with their grades, e.g. 视力一级、听力三级 (or visual:1;hearing:3)");
            }
            DisabilityCategory category = category(field, m.group(1).strip());
            DisabilityGrade grade = grade(field, m.group(2));
            if (category == DisabilityCategory.MULTIPLE) {
                throw invalid(field, "single-category", text, "a component is a single category, not 多重残疾");
            }
            components.add(new DisabilityRating.Component(category, grade));
        }
        return components;
    }

    /**
     * A date: ISO {@code 2020-05-01}, or Excel's Chinese short date {@code 2020/5/1}.
     *
     * @param field the field, for the error
     * @param text the cell
     * @return the date
     */
    static LocalDate date(String field, String text) {
        int n = text.length();
        int year = -1;
        int month = -1;
        int day = -1;
        if (n == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            year = digits(text, 0, 4);
            month = digits(text, 5, 7);
            day = digits(text, 8, 10);
        } else if (n >= 8 && n <= 10 && text.charAt(4) == '/') {
            int slash = text.indexOf('/', 5); // -1 if none: then the day would have n digits, too many
            int dayDigits = n - slash - 1;
            if ((slash == 6 || slash == 7) && dayDigits >= 1 && dayDigits <= 2) {
                year = digits(text, 0, 4);
                month = digits(text, 5, slash);
                day = digits(text, slash + 1, n);
            }
        }
        if (year < 0 || month < 0 || day < 0) {
            throw invalid(field, "format", text, "must be a date YYYY-MM-DD (or YYYY/M/D)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalid(field, "format", text, "is not a real date");
        }
    }

    /** The number the ASCII digits {@code text[from, to)} write, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static boolean flag(String field, String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "true":
                return true;
            case "否", "false":
                return false;
            default:
                throw invalid(field, "known", text, "must be 是 or 否 (also true, false)");
        }
    }

    static RegistrationType registrationType(String field, String text) {
        switch (text) {
            case "城镇", "城镇户籍", "非农业", "非农业户口":
                return RegistrationType.URBAN;
            case "农村", "农村户籍", "农业", "农业户口":
                return RegistrationType.RURAL;
            default:
                return PolicyCode.find(RegistrationType.class, text.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> invalid(
                                field, "known", text, "must be 城镇 or 农村 (also 城镇户籍, 农村户籍, 非农业, 农业, urban, rural)"));
        }
    }

    /** A constant by its Chinese name or its code (any letter case). */
    static <E extends Enum<E> & PolicyCode & Bilingual> E named(Class<E> type, String field, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.chinese().equals(text) || constant.code().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw invalid(
                field,
                "known",
                text,
                "must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Bilingual::chinese)
                                .collect(Collectors.joining(", "))
                        + " (or " + String.join(", ", PolicyCode.codes(type)) + ")");
    }

    /** A monthly amount: {@code Money.parse}'s forms, kept short so that no huge text reaches the parser. */
    static Money amount(String field, String text) {
        if (text.length() > 20) {
            throw invalid(field, "format", text, "is too long for an amount of yuan");
        }
        try {
            return Money.parse(text);
        } catch (InvalidValueException e) {
            throw invalid(field, e.rule(), text, e.reason());
        }
    }

    /**
     * Allowances with their monthly amounts, {@code 高龄津贴:100;伤残抚恤金:250.50} (or codes), or {@code 无} for none.
     */
    static void allowances(String field, String text, RosterRow.Builder row) {
        if (text.equals("无") || text.equalsIgnoreCase("none")) {
            row.noOtherAllowances();
            return;
        }
        for (String item : LIST_SEPARATOR.split(text, -1)) {
            Matcher m = PAIR.matcher(item.strip());
            if (!m.matches()) {
                throw invalid(field, "format", text, "must be 无, or allowances with monthly amounts, e.g. 高龄津贴:100");
            }
            Allowance allowance = named(Allowance.class, field, m.group(1));
            Money monthly = amount(field, m.group(2));
            if (monthly.isNegative()) {
                throw invalid(field, "non-negative", m.group(2), "an allowance amount must not be negative");
            }
            row.allowance(allowance, monthly);
        }
    }

    /** Stopping events with their dates, {@code 死亡:2025-06-03} (or codes); {@code 无} or empty for none. */
    static void events(String field, String text, RosterRow.Builder row) {
        if (text.equals("无") || text.equalsIgnoreCase("none")) {
            return;
        }
        for (String item : LIST_SEPARATOR.split(text, -1)) {
            Matcher m = PAIR.matcher(item.strip());
            if (!m.matches()) {
                throw invalid(field, "format", text, "must be events with their dates, e.g. 死亡:2025-06-03");
            }
            row.event(
                    named(StopReason.class, field, m.group(1)),
                    date(field, m.group(2).strip()));
        }
    }
}
