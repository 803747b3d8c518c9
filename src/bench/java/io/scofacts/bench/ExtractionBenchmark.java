package io.scofacts.bench;

import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm single-threaded throughput of the whole extraction. One operation extracts every
 * article of the data set once, so chars/s = ops/s × the set's total characters
 * ({@link BenchMain} prints both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ExtractionBenchmark {

    @Param({"dev", "repo"})
    public String dataset;

    private Extractor extractor;
    private List<ArticleInput> articles;

    @Setup(Level.Trial)
    public void setUp() {
        extractor = Extractor.standard();
        articles = BenchArticles.texts(dataset).stream().map(ArticleInput::ofText).toList();
    }

    @Benchmark
    public void extractAll(Blackhole sink) {
        for (ArticleInput article : articles) {
            FactSheet sheet = extractor.extract(article);
            sink.consume(sheet);
        }
    }
}
