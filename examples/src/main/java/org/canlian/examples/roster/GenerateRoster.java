package org.canlian.examples.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;
import org.canlian.core.sample.SampleData;
import org.canlian.examples.Demo;

/**
 * Writes the bundled synthetic roster {@code roster/linze-620723.csv}: 2,000 certificate holders of 临泽县 made by
 * {@link SampleData} from one seed, ten of them then spoiled on purpose, one of each kind of error a county
 * federation's export shows. The same seed always writes the same file, byte for byte (a test checks the bundled
 * file against it). Names are synthetic and the library never reads them: a roster row has no name.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.roster.GenerateRoster \
 *     -Dexec.args="examples/src/main/resources/roster/linze-620723.csv"
 * }</pre>
 *
 * <p>What is synthetic and assumed, not measured: the age mix (birth years 1931-1955 35 %, 1956-1975 35 %,
 * 1976-2000 20 %, 2001-2023 10 %); 3 % of holders with an ID first issued in a neighbouring county (甘州区 620702,
 * 高台县 620724); holders spread evenly over the county's 76 villages and communities; issue dates spread over the
 * ten years of a certificate's validity before the report date; the names. Category and grade follow {@link
 * org.canlian.core.sample.CertificateMix#COUNTY_ROSTER}, a real county's roster.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GenerateRoster {
    /** The seed of the bundled roster. */
    public static final long SEED = 620_723L;
    /** How many rows the bundled roster has. */
    public static final int ROWS = 2_000;
    /** The columns of the bundled roster, in order: a county federation's usual export, with the holder's name. */
    public static final List<String> COLUMNS =
            List.of("序号", "姓名", "性别", "公民身份号码", "残疾人证号", "残疾类别", "残疾等级", "多重残疾构成", "行政区划代码", "发证日期");

    private static final LocalDate FIRST_ISSUE =
            RosterReport.BUNDLED_AS_OF.minusYears(10).plusDays(1);
    private static final String SURNAMES =
            "王张李刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤";
    private static final String MEN = "伟强军磊勇杰涛明刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国东文海林峰兴福生荣德贵成忠";
    private static final String WOMEN = "芳娜敏静丽艳娟霞燕玲桂英兰梅红琴云莲秀珍慧婷雪萍洁晶颖倩玉花凤香翠琳";

    private GenerateRoster() {}

    /**
     * Writes the roster.
     *
     * @param args {@code [output file]}, default {@code examples/src/main/resources/roster/linze-620723.csv}
     */
    public static void main(String[] args) {
        Demo.main("GenerateRoster", () -> run(args));
    }

    private static void run(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/roster/linze-620723.csv");
        Files.writeString(target, csv(SEED, RosterReport.linze()), StandardCharsets.UTF_8);
        System.out.println("已写入 wrote " + ROWS + " 行 rows: " + target);
    }

    /**
     * The roster's text: a header of {@link #COLUMNS}, then {@link #ROWS} rows, lines ending in {@code \n}.
     *
     * @param seed the seed; the same seed gives the same text
     * @param county the county and its villages
     * @return the CSV text
     */
    public static String csv(long seed, Hierarchy county) {
        List<String[]> rows = validRows(seed, county);
        spoil(rows);
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (String[] row : rows) {
            for (String field : row) {
                if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0) {
                    throw new IllegalStateException("a generated field needs no quoting: " + field);
                }
            }
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    private static List<String[]> validRows(long seed, Hierarchy county) {
        SampleData sample = SampleData.withSeed(seed);
        Random random = new Random(seed);
        Random componentRandom = new Random(~seed);
        DivisionCode home = county.root();
        int[] ageWeights = {35, 35, 20, 10};
        List<Iterator<CertificateNumber>> byAge = List.of(
                sample.certificateNumbers(home, LocalDate.of(1931, 1, 1), LocalDate.of(1955, 12, 31))
                        .iterator(),
                sample.certificateNumbers(home, LocalDate.of(1956, 1, 1), LocalDate.of(1975, 12, 31))
                        .iterator(),
                sample.certificateNumbers(home, LocalDate.of(1976, 1, 1), LocalDate.of(2000, 12, 31))
                        .iterator(),
                sample.certificateNumbers(home, LocalDate.of(2001, 1, 1), LocalDate.of(2023, 12, 31))
                        .iterator());
        List<Iterator<CertificateNumber>> neighbours = List.of(
                sample.certificateNumbers(
                                DivisionCode.parse("620702"), LocalDate.of(1945, 1, 1), LocalDate.of(1995, 12, 31))
                        .iterator(),
                sample.certificateNumbers(
                                DivisionCode.parse("620724"), LocalDate.of(1945, 1, 1), LocalDate.of(1995, 12, 31))
                        .iterator());
        List<DivisionCode> villages = county.units()
                .map(u -> u.code())
                .filter(c -> c.level() == DivisionLevel.VILLAGE)
                .sorted()
                .toList();
        List<String[]> rows = new ArrayList<>(ROWS);
        for (int i = 1; i <= ROWS; i++) {
            CertificateNumber number = random.nextInt(100) < 3
                    ? neighbours.get(random.nextInt(neighbours.size())).next()
                    : byAge.get(weighted(random, ageWeights)).next();
            ResidentId id = number.residentId();
            LocalDate firstIssue = id.birthDate().isAfter(FIRST_ISSUE) ? id.birthDate() : FIRST_ISSUE;
            long days = ChronoUnit.DAYS.between(firstIssue, RosterReport.BUNDLED_AS_OF) + 1;
            LocalDate issued = firstIssue.plusDays(random.nextInt((int) days));
            rows.add(new String[] {
                Integer.toString(i),
                name(random, id.sex()),
                id.sex().chineseName(),
                id.reveal(),
                number.reveal(),
                number.category().chineseName(),
                number.grade().chineseName(),
                number.category() == DisabilityCategory.MULTIPLE ? components(componentRandom, number.grade()) : "",
                villages.get(random.nextInt(villages.size())).value(),
                issued.toString()
            });
        }
        return rows;
    }

    /** Two or three components of distinct single categories, the first of the certificate's grade: 智力一级、肢体三级. */
    private static String components(Random random, DisabilityGrade grade) {
        List<DisabilityCategory> singles =
                new ArrayList<>(List.of(DisabilityCategory.values()).subList(0, 6));
        java.util.Collections.shuffle(singles, random);
        StringBuilder text = new StringBuilder();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            int g = i == 0 ? grade.number() : grade.number() + random.nextInt(5 - grade.number());
            String name = singles.get(i).chineseName();
            text.append(i == 0 ? "" : "、")
                    .append(name, 0, name.length() - 2)
                    .append(DisabilityGrade.of(g).chineseName());
        }
        return text.toString();
    }

    /** The ten spoiled rows, one per kind of error; their 序号 is kept, so each stays at line 序号 + 1. */
    private static void spoil(List<String[]> rows) {
        final int sex = 2;
        final int id = 3;
        final int certificate = 4;
        final int category = 5;
        final int grade = 6;
        final int division = 8;
        final int issued = 9;

        String[] r = row(rows, 17); // a typo in the check character, copied into the certificate number
        String checks = "0123456789X";
        char wrong = checks.charAt((checks.indexOf(r[id].charAt(17)) + 1) % checks.length());
        r[id] = r[id].substring(0, 17) + wrong;
        r[certificate] = r[id] + r[certificate].substring(18);

        r = row(rows, 205); // 30 February, with a check character that fits the wrong digits
        String seventeen = r[id].substring(0, 10) + "0230" + r[id].substring(14, 17);
        r[id] = seventeen + ResidentId.checkCharacter(seventeen);
        r[certificate] = r[id] + r[certificate].substring(18);

        row(rows, 388)[certificate] = row(rows, 389)[certificate]; // the next holder's certificate number

        r = row(rows, 640); // grade 5, which does not exist
        r[certificate] = r[certificate].substring(0, 19) + "5";
        r[grade] = "五级";

        row(rows, 777)[division] = "620724101201"; // 利号村, 宣化镇, 高台县: the neighbouring county

        row(rows, 1024)[issued] = ""; // missing issue date

        r = row(rows, 1290); // category column disagrees with the certificate number
        DisabilityCategory recorded = DisabilityCategory.ofDigit(r[certificate].charAt(18) - '0');
        r[category] = DisabilityCategory.ofDigit(recorded.digit() % 7 + 1).chineseName();

        row(rows, 1533)[issued] = "2026-03-15"; // issue date after the report date

        String[] first = row(rows, 1000); // the same person entered twice
        String[] copy = first.clone();
        copy[0] = "1788";
        rows.set(1787, copy);

        r = row(rows, 1901); // sex column disagrees with the ID
        r[sex] = r[sex].equals(Sex.MALE.chineseName()) ? Sex.FEMALE.chineseName() : Sex.MALE.chineseName();
    }

    private static String[] row(List<String[]> rows, int number) {
        return rows.get(number - 1);
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        int i = 0;
        while (r >= weights[i]) {
            r -= weights[i];
            i++;
        }
        return i;
    }

    private static String name(Random random, Sex sex) {
        String given = sex == Sex.MALE ? MEN : WOMEN;
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        name.append(given.charAt(random.nextInt(given.length())));
        if (random.nextInt(10) < 7) {
            name.append(given.charAt(random.nextInt(given.length())));
        }
        return name.toString();
    }
}
