package io.scofacts.core.extract.quote;

import static io.scofacts.core.extract.quote.QuoteAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.extract.country.CountryRecognizer;
import org.junit.jupiter.api.Test;

/** A foreign name written without a dot or a title is a speaker once the story shows it is a person's. */
class ForeignSpeakersTest {

    @Test
    void aNameIntroducedWithATitleSpeaksWithoutIt() {
        assertEquals("纳扎尔巴耶娃: 我们深入探讨了核能合作议题，双方认为前景广阔。", summary(TestArticles.zh(
                "哈萨克斯坦副总理纳扎尔巴耶娃出席论坛。\n\n纳扎尔巴耶娃指出，两国合作稳步推进。\n\n"
                        + "她表示：“我们深入探讨了核能合作议题，双方认为前景广阔。”")));
    }

    @Test
    void aNameTheStoryRepeatsAndNoDictionaryKnows() {
        assertEquals("托卡耶娃: 我们支持建立人工智能领域的合作机制。", summary(TestArticles.zh(
                "托卡耶娃指出，两国合作稳步推进。\n\n托卡耶娃特别提到，双方将共建数据中心。\n\n"
                        + "她表示：“我们支持建立人工智能领域的合作机制。”")));
    }

    @Test
    void aCountryIsNoSpeaker() {
        AnalyzedArticle article = TestArticles.zh("两国合作\n\n俄罗斯指出，两国合作稳步推进。\n\n"
                + "俄罗斯表示：“我们支持合作，双方一致认为前景广阔。”");
        Findings findings = new Findings();
        new CountryRecognizer().recognize(article, findings);
        QuoteAssertions.RECOGNIZER.recognize(article, findings);
        assertEquals(0, findings.quotes().size(), findings.quotes().toString());
    }
    @Test
    void theTitledMentionMayComeAfterOneOpeningTheStory() {
        assertEquals("别尔季耶娃: 合作前景广阔。", summary(TestArticles.zh(
                "别尔季耶娃指出，两国合作稳步推进。\n\n吉尔吉斯斯坦副总理别尔季耶娃出席论坛。\n\n"
                        + "她表示：“合作前景广阔。”")));
    }
}
