package io.scofacts.bench;

import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * The first-call time of a fresh JVM: from before {@code Extractor.standard()} to the end of
 * the first {@code extract}, all lexicon and model loading included. Run once per JVM
 * ({@code bin/bench first-call} starts several). Prints the wall-clock times of the first and
 * second call, the calling thread's CPU time of the first (which other processes on a busy
 * machine do not inflate) and the whole process's CPU time up to the end of the first call (JVM
 * start, JIT, GC and the background warm-up included: what a cold start costs in CPU).
 */
public final class FirstCall {

    private FirstCall() {
    }

    public static void main(String[] args) {
        String text = BenchArticles.read(Path.of(args[0]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        Extractor extractor = Extractor.standard();
        extractor.extract(ArticleInput.ofText(text));
        long first = System.nanoTime();
        long firstCpu = threads.getCurrentThreadCpuTime();
        double processCpu = CpuTime.ofThisProcess();
        extractor.extract(ArticleInput.ofText(text));
        long second = System.nanoTime();
        System.out.printf("first-call-ms %.1f second-call-ms %.1f first-call-cpu-ms %.1f process-cpu-ms %.1f%n",
                (first - start) / 1e6, (second - first) / 1e6, (firstCpu - startCpu) / 1e6, processCpu * 1e3);
    }
}
