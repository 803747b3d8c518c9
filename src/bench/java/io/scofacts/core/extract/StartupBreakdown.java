package io.scofacts.core.extract;

import io.scofacts.bench.BenchArticles;
import io.scofacts.core.language.LanguageIdentifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the first call's time goes, in a fresh JVM and in the order the service pays it:
 * the language identifier, each recogniser's constructor (the classes of the standard
 * pipeline, built one by one), the first language identification of each article (HanLP's
 * conversion tables, OpenNLP's model), then the first and second extraction of each.
 * Arguments: article files. Prints one {@code <component>\t<ms>} line each.
 */
public final class StartupBreakdown {

    /** Thread CPU time: other processes on a busy machine do not inflate it. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StartupBreakdown() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        List<Class<?>> recognizerClasses = recognizerClasses();
        long t = CPU.getCurrentThreadCpuTime();
        LanguageIdentifier identifier = new LanguageIdentifier();
        t = report("LanguageIdentifier()", t);
        List<Recognizer> recognizers = new ArrayList<>();
        for (Class<?> type : recognizerClasses) {
            recognizers.add((Recognizer) type.getDeclaredConstructor().newInstance());
            t = report(type.getSimpleName() + "()", t);
        }
        Extractor extractor = new Extractor(identifier, recognizers);
        for (String file : args) {
            String text = BenchArticles.read(Path.of(file));
            String name = Path.of(file).getFileName().toString();
            t = CPU.getCurrentThreadCpuTime();
            identifier.identify(text, null);
            t = report("identify first " + name, t);
            extractor.extract(ArticleInput.ofText(text));
            t = report("extract first " + name, t);
            extractor.extract(ArticleInput.ofText(text));
            report("extract second " + name, t);
        }
    }

    /** Read from the pipeline's source of truth without constructing it (that would warm the classes). */
    private static List<Class<?>> recognizerClasses() throws ClassNotFoundException {
        String names = System.getProperty("bench.recognizers");
        List<Class<?>> classes = new ArrayList<>();
        if (names == null || names.isBlank()) {
            for (Recognizer recognizer : StandardPipeline.recognizers()) {
                System.out.println(recognizer.getClass().getName());
            }
            System.exit(0);
        }
        for (String name : names.split(",")) {
            classes.add(Class.forName(name, false, StartupBreakdown.class.getClassLoader()));
        }
        return classes;
    }

    private static long report(String component, long since) {
        long now = CPU.getCurrentThreadCpuTime();
        System.out.printf("%-48s %8.1f%n", component, (now - since) / 1e6);
        return now;
    }
}
