package io.scofacts.core.extract.place;

import static io.scofacts.core.extract.place.PlaceFinds.assertNames;
import static io.scofacts.core.extract.place.PlaceFinds.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalChinesePlacesTest {

    @Test
    void namesWrittenAlikeInBothScriptsMatchTraditionalStories() {
        assertEquals(List.of("天津/CN@天津", "喀什/CN@喀什"),
                described(TestArticles.zhHant("論壇在天津舉辦，來自喀什的企業簽署了協議。")));
    }

    @Test
    void organisationConventionHoldsInTraditionalText() {
        AnalyzedArticle article = TestArticles.zhHant("天津大學的學者出席會議，天津市政府也派員參加。");
        assumeTrue(!article.view().matchText().equals(article.view().text()),
                "the view maps traditional characters to simplified ones");
        assertNames(article);
    }

    @Test
    void organisationEndingWrittenAlikeInBothScriptsHidesThePlace() {
        assertNames(TestArticles.zhHant("天津市政府與塔什干的企業簽約。"), "塔什干");
    }

    @Test
    void traditionalNamesMatchThroughTheSimplifiedMatchingTextAndAreReportedAsWritten() {
        AnalyzedArticle article = TestArticles.zhHant("天津港保稅區與阿拉木圖的企業簽約。");
        assumeTrue(!article.view().matchText().equals(article.view().text()),
                "the view maps traditional characters to simplified ones");
        assertEquals(List.of("天津港保稅區/CN@天津港保稅區", "阿拉木圖/KZ@阿拉木圖"), described(article));
    }
}
