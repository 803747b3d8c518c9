package io.scofacts.core.extract.country;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/** Times the steps of building the country recogniser in a fresh JVM (bin/bench probe-country). */
public final class CountryStartupProbe {

    /** Thread CPU time: other processes on a busy machine do not inflate it. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CountryStartupProbe() {
    }

    public static void main(String[] args) {
        long t = CPU.getCurrentThreadCpuTime();
        List<String[]> names = new ArrayList<>();
        CldrCountryNames.forEach((code, name) -> names.add(new String[] {code, name}));
        t = report("CLDR display names (" + names.size() + ")", t);
        int patterns = 0;
        for (String[] row : names) {
            patterns += MatchingText.patternOf(row[1]).length();
        }
        t = report("patternOf over CLDR names (" + patterns + " chars)", t);
        List<NameEntry> entries = CountryNameTable.load();
        t = report("CountryNameTable.load (" + entries.size() + " entries)", t);
        new NameMatcher(entries);
        t = report("NameMatcher (automaton)", t);
        new ShortFormMatcher();
        t = report("ShortFormMatcher", t);
        new CountryRecognizer();
        report("CountryRecognizer again, warm classes", t);
    }

    private static long report(String step, long since) {
        long now = CPU.getCurrentThreadCpuTime();
        System.out.printf("%-48s %8.1f%n", step, (now - since) / 1e6);
        return now;
    }
}
