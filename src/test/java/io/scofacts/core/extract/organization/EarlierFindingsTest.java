package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.zh;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.factsheet.Span;
import org.junit.jupiter.api.Test;

/** The places found before give names their proper-name part and their country. */
class EarlierFindingsTest {

    private static final String TEXT = "塔城地区商务局发布通知,纳曼干州投资促进署派员参加。";

    @Test
    void withoutThePlacesAWeakSuffixNamesNothing() {
        OrganizationFinds.in(zh(TEXT), new Findings()).exactly();
    }

    @Test
    void aPlaceAtTheStartMakesTheNameAndGivesItsCountry() {
        AnalyzedArticle article = zh(TEXT);
        Findings earlier = new Findings();
        earlier.addPlace(new PlaceMention("塔城地区", "CN", new Span(0, 4)));
        int namangan = TEXT.indexOf("纳曼干州");
        earlier.addPlace(new PlaceMention("纳曼干州", "UZ", new Span(namangan, namangan + 4)));
        OrganizationFinds.in(article, earlier)
                .has("塔城地区商务局", "CN")
                .has("纳曼干州投资促进署", "UZ");
    }
}
