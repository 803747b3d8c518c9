package io.scofacts.bench;

import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import java.nio.file.Path;

/**
 * The training run of an application class-data-sharing archive: builds the extractor and
 * extracts every article of one directory, so that the classes (lambda proxies included) of all
 * four scripts' code paths are loaded when the JVM writes the archive at exit. It is trained on
 * a different directory from the articles {@code bin/bench first-call-appcds} measures; the
 * archive holds classes, not article data, so the choice changes which classes are in it only.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) {
        Extractor extractor = Extractor.standard();
        int articles = 0;
        for (String text : BenchArticles.textsIn(Path.of(args[0]))) {
            extractor.extract(ArticleInput.ofText(text));
            articles++;
        }
        System.out.println("cds training: " + articles + " articles extracted");
    }
}
