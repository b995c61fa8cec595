/**
 * The roster of certificate holders a county federation keeps and pays its subsidies from: a row type whose
 * invariants hold on construction ({@link org.canlian.rules.roster.RosterRow}), one person one certificate across
 * the rows ({@link org.canlian.rules.roster.RosterCheck}), streaming readers of CSV and JSON lines files that report
 * every bad row with its line and reason ({@link org.canlian.rules.roster.RosterReader}), a writer of the same formats
 * ({@link org.canlian.rules.roster.RosterWriter}), and the breakdown by category and grade counted in the same pass
 * ({@link org.canlian.rules.roster.Breakdown}). A row gives the subsidy calculator its
 * {@link org.canlian.rules.subsidy.Claimant} ({@link org.canlian.rules.roster.RosterRow#toClaimant()}).
 *
 * <pre>{@code
 * Breakdown.Counter counts = Breakdown.counter();
 * List<RowError> errors = new ArrayList<>();
 * ReadSummary s = RosterReader.csv(LocalDate.of(2025, 12, 31))
 *         .read(Path.of("roster.csv"), OnInvalidRow.REPORT_AND_CONTINUE,
 *                 RosterVisitor.of((line, row) -> counts.add(row), errors::add));
 * }</pre>
 *
 * <h2>Columns</h2>
 *
 * <p>A CSV roster starts with a header row; columns may come in any order, under a Chinese header (as county
 * spreadsheets write them) or the English name (any letter case). Columns no rule reads (序号, 姓名 ...) are ignored,
 * never kept, and listed in {@link org.canlian.rules.roster.ReadSummary#ignoredColumns()}. A JSON lines roster has one
 * object per line with the English names as properties. Cells are stripped of white space; an empty optional cell is
 * an unknown fact. Personal data minimisation: a roster row has no name.
 *
 * <table>
 *   <caption>Roster columns</caption>
 *   <tr><th>Chinese header(s)</th><th>English</th><th>required</th><th>CSV value</th><th>JSON value</th></tr>
 *   <tr><td>公民身份号码, 身份证号, 身份证号码</td><td>residentId</td><td>no</td>
 *       <td>18 characters; checked against the certificate number</td><td>string</td></tr>
 *   <tr><td>残疾人证号, 残疾证号</td><td>certificateNumber</td><td>yes</td>
 *       <td>20 or 22 characters: ID, category digit, grade digit, B1-B9</td><td>string</td></tr>
 *   <tr><td>性别</td><td>sex</td><td>no</td><td>男, 女 (男性, 女性, male, female); checked against the ID</td>
 *       <td>string, the same</td></tr>
 *   <tr><td>残疾类别</td><td>category</td><td>no</td>
 *       <td>视力残疾 ... 多重残疾, or 视力 ... 多重, or visual ... multiple; checked against the number</td>
 *       <td>string, the same</td></tr>
 *   <tr><td>残疾等级</td><td>grade</td><td>no</td><td>一级-四级, 1级-4级, or 1-4; checked against the number</td>
 *       <td>number 1-4</td></tr>
 *   <tr><td>多重残疾构成</td><td>components</td><td>for 多重残疾</td>
 *       <td>{@code 视力一级、听力三级} (also {@code visual:1;hearing:3}; separators 、 ; ；)</td>
 *       <td>{@code [{"category":"visual","grade":1}, ...]}</td></tr>
 *   <tr><td>发证日期</td><td>validFrom</td><td>yes</td><td>{@code 2020-05-01} or Excel's {@code 2020/5/1}</td>
 *       <td>{@code "2020-05-01"}</td></tr>
 *   <tr><td>有效期至</td><td>validUntil</td><td>no</td><td>a date; when empty, ten years from the issue date (Civil Code
 *       arts. 201-202: issued 2020-05-01, valid through 2030-05-01)</td><td>the same</td></tr>
 *   <tr><td>注销日期</td><td>cancelledOn</td><td>no</td><td>a date</td><td>the same</td></tr>
 *   <tr><td>户籍地行政区划代码, 行政区划代码</td><td>registration</td><td>yes</td>
 *       <td>a county, township or village code (a township or village of the county's hierarchy, with
 *       {@link org.canlian.rules.roster.RosterReader#within})</td><td>string</td></tr>
 *   <tr><td>户籍类型</td><td>registrationType</td><td>no</td>
 *       <td>城镇, 农村 (城镇户籍, 农村户籍, 非农业, 农业, urban, rural)</td><td>urban, rural</td></tr>
 *   <tr><td>家庭类别</td><td>household</td><td>no</td><td>低保, 低保边缘, 低收入, 非困难家庭 (or their codes)</td>
 *       <td>dibao, near-dibao, low-income, none</td></tr>
 *   <tr><td>孤儿或事实无人抚养儿童, 特困供养, 工伤保险生活护理费, 需长期照护, 有固定收入, 下肢残疾, 自有残疾人机动车</td>
 *       <td>childSupport, destituteSupport, workInjuryCare, longTermCare, fixedIncome, lowerLimb, ownsVehicle</td>
 *       <td>no</td><td>是, 否 (true, false)</td><td>true, false</td></tr>
 *   <tr><td>在学情况</td><td>schooling</td><td>no</td><td>未在学, 在校中小学生, 专科新生, 本科新生 (or codes)</td>
 *       <td>none, school, junior-college, undergraduate</td></tr>
 *   <tr><td>其他津贴</td><td>allowances</td><td>no</td>
 *       <td>无 (none), or {@code 高龄津贴:100;伤残抚恤金:250.50} (yuan a month; names or codes)</td>
 *       <td>{@code {}} or {@code {"old-age-allowance":"100.00"}}</td></tr>
 *   <tr><td>生活补贴申请日期, 护理补贴申请日期, 老年补助申请日期, 燃油补贴申请日期, 助学补助申请日期, 大学新生补助申请日期,
 *       医保资助申请日期</td><td>applied.living, applied.care, applied.elderly, applied.fuel, applied.school,
 *       applied.college, applied.medical-insurance</td><td>no</td><td>a date</td>
 *       <td>{@code "applied": {"care": "2025-03-10"}}</td></tr>
 *   <tr><td>停发事件</td><td>events</td><td>no</td><td>{@code 死亡:2025-06-03} (reasons by name or code; 无 for
 *       none)</td><td>{@code [{"reason":"death","date":"2025-06-03"}]}</td></tr>
 * </table>
 *
 * <p>Every type here is immutable and thread-safe unless it says otherwise (builders, counters, checks and writers
 * are for one thread); nulls are refused as {@code org.canlian.core} states; no clock is read (the report date is an
 * argument).
 */
package org.canlian.rules.roster;
