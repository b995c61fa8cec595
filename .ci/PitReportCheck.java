import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a PIT {@code mutations.xml} report package by package, because PIT's own {@code mutationThreshold} is one
 * figure per module: a well-tested package would hide a weak one.
 *
 * <p>Fails (exit status 1) when a package's mutation score (mutants detected / mutants generated, PIT's definition,
 * so a mutant no test covers counts against the score) is below the threshold, or when any mutant of
 * {@code equals}, {@code hashCode} or {@code compareTo} survives: those methods are how values are compared in sets,
 * maps and sorted rosters, and a survivor there means no test checks that two values differ.
 *
 * <p>Run by the {@code mutation} profile after PIT, with Java's single-file launcher, e.g. {@code java
 * tools/PitReportCheck.java core/target/pit-reports/mutations.xml 90}. A missing report (PIT found nothing to mutate
 * under a narrowed {@code -DtargetClasses}) is reported and passes.
 */
public final class PitReportCheck {
    private static final Set<String> COMPARISON_METHODS = Set.of("equals", "hashCode", "compareTo");

    private PitReportCheck() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java PitReportCheck.java <mutations.xml> <minimum score, percent>");
            System.exit(2);
        }
        Path report = Path.of(args[0]);
        int threshold = Integer.parseInt(args[1]);
        if (!Files.exists(report)) {
            System.out.println("[pit-check] no report at " + report + " (nothing mutated); nothing to check");
            return;
        }
        NodeList mutations = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(report.toFile())
                .getElementsByTagName("mutation");
        Map<String, int[]> byPackage = new TreeMap<>(); // package -> {detected, total}
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            String mutatedClass = text(m, "mutatedClass");
            String method = text(m, "mutatedMethod");
            boolean detected = Boolean.parseBoolean(m.getAttribute("detected"));
            int dot = mutatedClass.lastIndexOf('.');
            int[] counts = byPackage.computeIfAbsent(dot < 0 ? "" : mutatedClass.substring(0, dot), p -> new int[2]);
            counts[1]++;
            if (detected) {
                counts[0]++;
            } else if (COMPARISON_METHODS.contains(method)) {
                failures.add(String.format(
                        "%s mutant survives in %s.%s (line %s): %s",
                        m.getAttribute("status"),
                        mutatedClass,
                        method,
                        text(m, "lineNumber"),
                        text(m, "description")));
            }
        }
        for (Map.Entry<String, int[]> e : byPackage.entrySet()) {
            int detected = e.getValue()[0];
            int total = e.getValue()[1];
            // Exact comparison: 89.9 % fails a 90 % threshold.
            boolean below = detected * 100L < (long) threshold * total;
            System.out.printf(
                    "[pit-check] %-36s %5d/%-5d %5.1f %%%s%n",
                    e.getKey(), detected, total, 100.0 * detected / total, below ? "  BELOW " + threshold + " %" : "");
            if (below) {
                failures.add(String.format(
                        "package %s scores %d/%d mutants detected, below %d %%",
                        e.getKey(), detected, total, threshold));
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("[pit-check] FAIL: " + f));
            System.exit(1);
        }
        System.out.println("[pit-check] every package at or above " + threshold
                + " %, no surviving mutant in equals, hashCode or compareTo");
    }

    private static String text(Element mutation, String tag) {
        NodeList nodes = mutation.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
