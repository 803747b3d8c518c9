package io.scofacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.text.ContentFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bin/extract IN_DIR OUT_DIR}: the FactSheet of every {@code IN_DIR/*.txt} (with its
 * optional {@code <stem>.meta.json}) written to {@code OUT_DIR/<stem>.json}, by the same
 * extractor the functions run. Each sheet carries the id the article gets when submitted.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: bin/extract IN_DIR OUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isDirectory(in)) {
            System.err.println("extract: " + in + " is not a directory");
            System.exit(2);
        }
        long started = System.nanoTime();
        Extractor extractor = Extractor.standard();
        Totals totals = extractDirectory(extractor, in, out);
        System.err.printf("extract: %d articles, %d characters, %.0f ms (including start-up)%n", totals.articles(),
                totals.characters(), (System.nanoTime() - started) / 1e6);
    }

    /** How much one run extracted. */
    public record Totals(int articles, long characters) {
    }

    /** Writes the FactSheet of every {@code in/*.txt} to {@code out/<stem>.json}. */
    public static Totals extractDirectory(Extractor extractor, Path in, Path out) throws IOException {
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Path> articles;
        try (Stream<Path> files = Files.list(in)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        long characters = 0;
        for (Path article : articles) {
            String stem = article.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(article, StandardCharsets.UTF_8);
            FactSheet sheet = extractor.extract(input(text, in.resolve(stem + ".meta.json"), json));
            json.writeValue(out.resolve(stem + ".json").toFile(), sheet);
            characters += text.length();
        }
        return new Totals(articles.size(), characters);
    }

    private static ArticleInput input(String text, Path meta, ObjectMapper json) throws IOException {
        LocalDate publishedOn = null;
        String title = null;
        String url = null;
        String language = null;
        if (Files.exists(meta)) {
            JsonNode node = json.readTree(meta.toFile());
            publishedOn = node.hasNonNull("publishedOn") ? LocalDate.parse(node.get("publishedOn").asText()) : null;
            title = node.hasNonNull("title") ? node.get("title").asText() : null;
            url = node.hasNonNull("url") ? node.get("url").asText() : null;
            language = node.hasNonNull("language") ? node.get("language").asText() : null;
        }
        return new ArticleInput(ContentFingerprint.articleId(text), text, title, url, publishedOn, language);
    }
}
