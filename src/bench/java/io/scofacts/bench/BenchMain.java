package io.scofacts.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractionBenchmark} and turns its ops/s into chars/s per core.
 * Arguments: {@code [forks [warmupIterations [measurementIterations [secondsPerIteration]]]]}.
 * The system property {@code bench.jvmArgs} (space-separated) is appended to the forks' JVM
 * arguments, to measure under other JIT or GC settings (the Lambda runtime's, say).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int measurements = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName())
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(measurements)
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend(forkArguments())
                .build();
        System.out.println("# fork JVM arguments: " + String.join(" ", forkArguments()));
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.printf("%-8s %8s %12s %12s %14s %14s%n", "dataset", "articles", "chars", "ops/s", "chars/s",
                "± chars/s");
        for (RunResult result : results) {
            String dataset = result.getParams().getParam("dataset");
            var texts = BenchArticles.texts(dataset);
            long chars = BenchArticles.totalChars(texts);
            double ops = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            System.out.printf("%-8s %8d %12d %12.1f %14.0f %14.0f%n", dataset, texts.size(), chars, ops, ops * chars,
                    Double.isNaN(error) ? 0 : error * chars);
        }
    }

    private static String[] forkArguments() {
        java.util.List<String> arguments = new java.util.ArrayList<>(
                java.util.List.of("-Dbench.dev=" + BenchArticles.DEV_DIR, "-Dbench.repo=" + BenchArticles.REPO_DIR));
        for (String extra : System.getProperty("bench.jvmArgs", "").trim().split("\\s+")) {
            if (!extra.isEmpty()) {
                arguments.add(extra);
            }
        }
        return arguments.toArray(String[]::new);
    }
}
