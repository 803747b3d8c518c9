package io.scofacts.core.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.TestArticles;
import java.util.List;
import java.util.stream.Collectors;

/** Runs one shared recogniser and checks every span it reports before the test looks at the names. */
final class PlaceFinds {

    static final PlaceRecognizer RECOGNIZER = new PlaceRecognizer();

    private PlaceFinds() {
    }

    static List<PlaceMention> places(AnalyzedArticle article) {
        List<PlaceMention> places = TestArticles.run(RECOGNIZER, article).places();
        String text = article.original();
        for (PlaceMention place : places) {
            assertTrue(place.span().start() < place.span().end() && place.span().end() <= text.length(),
                    "span inside the text: " + place);
        }
        return places;
    }

    /** "name/country@mention" for each place, in text order: 天津/CN@天津市. */
    static List<String> described(AnalyzedArticle article) {
        String text = article.original();
        return places(article).stream()
                .map(p -> p.name() + "/" + p.country() + "@" + text.substring(p.span().start(), p.span().end()))
                .collect(Collectors.toList());
    }

    static List<String> names(AnalyzedArticle article) {
        return places(article).stream().map(PlaceMention::name).collect(Collectors.toList());
    }

    static void assertNames(AnalyzedArticle article, String... expected) {
        assertEquals(List.of(expected), names(article), article.original());
    }
}
