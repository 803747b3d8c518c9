package io.scofacts.core.extract;

import io.scofacts.bench.BenchArticles;
import io.scofacts.core.language.LanguageGuess;
import io.scofacts.core.language.LanguageIdentifier;
import io.scofacts.core.text.NormalizedText;
import io.scofacts.core.text.TextNormalizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm time per pipeline stage (normalising, language identification, each recogniser,
 * assembly) over a data set, to see which stage holds the throughput back. Not a JMH
 * benchmark: a guide for where to look, timed in thread CPU time so that other processes on
 * the machine do not skew the shares. Arguments: data set (dev or repo), seconds.
 */
public final class WarmProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WarmProfile() {
    }

    public static void main(String[] args) {
        List<String> texts = BenchArticles.texts(args.length > 0 ? args[0] : "dev");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        LanguageIdentifier identifier = new LanguageIdentifier();
        List<Recognizer> recognizers = StandardPipeline.recognizers();
        Map<String, long[]> nanos = new LinkedHashMap<>();
        long chars = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long warmEnd = System.nanoTime() + seconds * 300_000_000L;
        boolean warm = false;
        while (System.nanoTime() < end) {
            if (!warm && System.nanoTime() > warmEnd) {
                warm = true;
                nanos.clear();
                chars = 0;
            }
            for (String text : texts) {
                ArticleInput input = ArticleInput.ofText(text);
                long t = THREADS.getCurrentThreadCpuTime();
                NormalizedText view = TextNormalizer.normalize(text);
                t = add(nanos, "normalize", t);
                LanguageGuess language = identifier.identify(view.text(), null);
                t = add(nanos, "identify", t);
                AnalyzedArticle article = new AnalyzedArticle(input, view, language);
                Findings findings = new Findings();
                for (Recognizer recognizer : recognizers) {
                    recognizer.recognize(article, findings);
                    t = add(nanos, recognizer.getClass().getSimpleName(), t);
                }
                FactSheetAssembler.assemble(article, findings, Extractor.VERSION);
                add(nanos, "assemble", t);
                chars += text.length();
            }
        }
        long total = nanos.values().stream().mapToLong(v -> v[0]).sum();
        System.out.printf("%-28s %10s %6s %14s%n", "stage", "ms", "%", "chars/s alone");
        for (Map.Entry<String, long[]> e : nanos.entrySet()) {
            long ns = e.getValue()[0];
            System.out.printf("%-28s %10.1f %6.1f %14.0f%n", e.getKey(), ns / 1e6, 100.0 * ns / total, chars / (ns / 1e9));
        }
        System.out.printf("%-28s %10.1f %6.1f %14.0f%n", "total", total / 1e6, 100.0, chars / (total / 1e9));
    }

    private static long add(Map<String, long[]> nanos, String stage, long since) {
        long now = THREADS.getCurrentThreadCpuTime();
        nanos.computeIfAbsent(stage, k -> new long[1])[0] += now - since;
        return now;
    }
}
