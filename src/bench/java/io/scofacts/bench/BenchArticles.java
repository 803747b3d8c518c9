package io.scofacts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article sets the benchmarks run over, read at run time: the shared dev articles (never
 * copied into the repository) and the repository's own test articles.
 */
public final class BenchArticles {

    /** The shared dev set; overridable because worktrees sit at different depths. */
    public static final String DEV_DIR = System.getProperty("bench.dev", "../shared/eval/dev");
    public static final String REPO_DIR = System.getProperty("bench.repo", "src/test/resources/articles");

    private BenchArticles() {
    }

    public static Path directory(String dataset) {
        return switch (dataset) {
            case "dev" -> Path.of(DEV_DIR);
            case "repo" -> Path.of(REPO_DIR);
            default -> throw new IllegalArgumentException("unknown data set: " + dataset);
        };
    }

    /** The texts of every {@code *.txt} in the data set's directory, in file-name order. */
    public static List<String> texts(String dataset) {
        return textsIn(directory(dataset));
    }

    /** The texts of every {@code *.txt} in {@code dir}, in file-name order. */
    public static List<String> textsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(BenchArticles::read)
                    .toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no *.txt articles in " + dir.toAbsolutePath());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
        }
    }

    public static long totalChars(List<String> texts) {
        return texts.stream().mapToLong(String::length).sum();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
