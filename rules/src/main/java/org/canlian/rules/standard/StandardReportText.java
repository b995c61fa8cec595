package org.canlian.rules.standard;

import java.util.List;
import org.canlian.core.division.DivisionCode;

/**
 * Renders a {@link StandardReport} as readable text, Chinese with English, the way a federation writes its annual
 * self-check (自查): for each unit down to a depth, its rates and every finding; below that depth only the units that
 * missed a criterion or did not report, one line each.
 *
 * <pre>{@code
 * String text = StandardReportText.render(report, DivisionCode.parse("620723"), 1);
 * // 临泽县 620723 · 县残联 county federation
 * //   残协成立 associations formed 76/76 (100.0 %) · 专职委员配备 officers appointed 76/76 (100.0 %) · ...
 * //     社区 urban community: 残协成立 formed 5/5 (100.0 %) · ...
 * //     村 rural village: 残协成立 formed 71/71 (100.0 %) · ...
 * //   [达标 met] 专门协会成立 special association present 盲人协会: present (required: present)
 * }</pre>
 *
 * <p>Percentages are rounded HALF_UP to one decimal for display only ({@link Rate#toPercentString()}). This class is
 * immutable and thread-safe (it has no state).
 */
public final class StandardReportText {
    private StandardReportText() {}

    /**
     * The standard's citation for a reader: where and when it is in force and its sources, without the list of
     * parameter keys and values that {@link StandardReport#standardSource()} also holds.
     */
    private static String standardInBrief(String source) {
        int values = source.indexOf(": ");
        int sources = source.lastIndexOf("; sources: ");
        // "; sources: " holds ": " itself, so a list of values comes first exactly when values < sources.
        if (values >= sources) {
            return source;
        }
        return source.substring(0, values) + "; 依据 sources: " + source.substring(sources + "; sources: ".length());
    }

    /**
     * Renders the part of a report under a unit.
     *
     * @param report the report
     * @param from the unit to start at
     * @param detailDepth how many levels below {@code from} get a full block (0: only {@code from} itself)
     * @return the text, lines ending with {@code \n}
     */
    public static String render(StandardReport report, DivisionCode from, int detailDepth) {
        StringBuilder out = new StringBuilder();
        out.append("组织建设标准 Organisation standard: ")
                .append(standardInBrief(report.standardSource()))
                .append('\n');
        boolean headed = false;
        for (UnitFindings u : report.units()) {
            if (!from.contains(u.code())) {
                continue;
            }
            int depth = u.code().level().ordinal() - from.level().ordinal();
            String indent = "  ".repeat(Math.min(depth, detailDepth));
            if (depth <= detailDepth) {
                block(out, u, indent);
                headed = false;
            } else if (!u.missed().isEmpty() || !u.notReported().isEmpty()) {
                if (!headed) {
                    out.append(indent).append("  未达标或未报 missed or not reported:\n");
                    headed = true;
                }
                out.append(indent)
                        .append("    ")
                        .append(u.code())
                        .append(' ')
                        .append(u.name())
                        .append(": ");
                List<Finding> shown = u.findings().stream()
                        .filter(f -> f.outcome() != Outcome.MET)
                        .toList();
                for (int i = 0; i < shown.size(); i++) {
                    Finding f = shown.get(i);
                    out.append(i == 0 ? "" : "; ")
                            .append(f.criterion().chineseName())
                            .append(' ')
                            .append(f.criterion().englishName())
                            .append(' ')
                            .append(f.outcome().chineseName())
                            .append(' ')
                            .append(f.outcome().englishName())
                            .append(" (")
                            .append(f.actual())
                            .append(", required ")
                            .append(f.required())
                            .append(')');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void block(StringBuilder out, UnitFindings u, String indent) {
        out.append(indent)
                .append(u.name())
                .append(' ')
                .append(u.code())
                .append(" · ")
                .append(u.kind().chineseName())
                .append(' ')
                .append(u.kind().englishName())
                .append('\n');
        u.rollUp().ifPresent(r -> {
            out.append(indent)
                    .append("  残协成立 associations formed ")
                    .append(r.formed())
                    .append(" · 专职委员配备 officers appointed ")
                    .append(r.officersAppointed())
                    .append(" · 活动室 activity rooms ")
                    .append(r.activityRooms())
                    .append('\n');
            if (r.byKind().size() > 1) {
                r.byKind()
                        .forEach((kind, k) -> out.append(indent)
                                .append("    ")
                                .append(kind.chineseName())
                                .append(' ')
                                .append(kind.englishName())
                                .append(": 残协成立 formed ")
                                .append(k.formed())
                                .append(" · 专职委员 officers ")
                                .append(k.officersAppointed())
                                .append(" · 活动室 rooms ")
                                .append(k.activityRooms())
                                .append('\n'));
            }
            out.append(indent)
                    .append("  乡镇（街道）专职委员 township officers ")
                    .append(r.townshipOfficers())
                    .append(r.notReported() > 0 ? " · 未报 not reported: " + r.notReported() : "")
                    .append('\n');
        });
        for (Finding f : u.findings()) {
            out.append(indent)
                    .append("  [")
                    .append(f.outcome().chineseName())
                    .append(' ')
                    .append(f.outcome().englishName())
                    .append("] ")
                    .append(f.criterion().chineseName())
                    .append(' ')
                    .append(f.criterion().englishName());
            f.specialAssociation()
                    .ifPresent(k -> out.append(" · ")
                            .append(k.chineseName())
                            .append(' ')
                            .append(k.englishName()));
            out.append(": ")
                    .append(f.actual())
                    .append(" (required: ")
                    .append(f.required())
                    .append(")\n");
        }
    }
}
