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
                .jvmArgsAppend("-Dbench.dev=" + BenchArticles.DEV_DIR, "-Dbench.repo=" + BenchArticles.REPO_DIR)
                .build();
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
}
