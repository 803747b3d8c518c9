package io.scofacts.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.factsheet.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared dev articles (read at run time from ../shared, never copied here) come out with
 * every offset inside the text and every figure's and quote's span covering its text, as the
 * scorer checks. Quality figures are the scorer's business (docs/quality.md), not this test's.
 */
class DevSetOffsetsTest {

    private static final Path DEV = Path.of("..", "shared", "eval", "dev");

    @Test
    void everyOffsetOfEveryDevArticleIsValid() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "the shared dev set is not next to this checkout");
        Extractor extractor = Extractor.standard();
        List<Path> articles;
        try (Stream<Path> files = Files.list(DEV)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() > 0);
        for (Path article : articles) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            FactSheet sheet = extractor.extract(ArticleInput.ofText(text));
            for (Span span : allSpans(sheet)) {
                assertTrue(0 <= span.start() && span.start() < span.end() && span.end() <= text.length(),
                        article.getFileName() + ": " + span);
                assertTrue(!Character.isLowSurrogate(text.charAt(span.start())), "span cuts a surrogate pair");
            }
            for (QuantityFact quantity : sheet.quantities()) {
                assertEquals(noSpace(quantity.text()), noSpace(covered(text, quantity.mention())));
            }
            for (QuoteFact quote : sheet.quotes()) {
                assertEquals(quote.text(), covered(text, quote.mention().get(0)));
            }
        }
    }

    private static List<Span> allSpans(FactSheet sheet) {
        List<Span> spans = new ArrayList<>();
        sheet.countries().forEach(c -> spans.addAll(c.mentions()));
        sheet.places().forEach(c -> spans.addAll(c.mentions()));
        sheet.organizations().forEach(c -> spans.addAll(c.mentions()));
        sheet.people().forEach(c -> spans.addAll(c.mentions()));
        sheet.events().forEach(c -> spans.addAll(c.mentions()));
        sheet.documents().forEach(c -> spans.addAll(c.mentions()));
        sheet.projects().forEach(c -> spans.addAll(c.mentions()));
        sheet.quantities().forEach(q -> spans.add(q.mention()));
        sheet.quotes().forEach(q -> spans.addAll(q.mention()));
        sheet.dates().forEach(d -> spans.add(d.mention()));
        return spans;
    }

    private static String covered(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    private static String noSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
