package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.en;
import static io.scofacts.core.extract.TestArticles.ru;
import static io.scofacts.core.extract.TestArticles.zh;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    private static final int SIZE = 500_000;

    private static String repeat(String unit) {
        return unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
    }

    private static void finishesWithValidSpans(AnalyzedArticle article) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Findings findings = new Findings();
            OrganizationFinds.ORGANIZATIONS.recognize(article, findings);
            for (OrganizationMention mention : findings.organizations()) {
                assertTrue(mention.span().end() <= article.original().length());
                assertTrue(mention.span().start() < mention.span().end());
            }
        });
    }

    @Test
    void longRunsOfSuffixesDigitsQuotesAndBrackets() {
        finishesWithValidSpans(zh(repeat("公司")));
        finishesWithValidSpans(zh(repeat("1234567890")));
        finishesWithValidSpans(zh(repeat("”研究院")));
        finishesWithValidSpans(zh(repeat("(天津)基地")));
        finishesWithValidSpans(zh(repeat("——中心")));
        finishesWithValidSpans(zh(repeat("与天津有限公司签约")));
        finishesWithValidSpans(zh(repeat("上合组织(以下简称“上合组织")));
    }

    @Test
    void longLatinAndCyrillicRuns() {
        finishesWithValidSpans(en(repeat("Tianjin Port Group ")));
        finishesWithValidSpans(en(repeat("Ministry of Ministry of ")));
        finishesWithValidSpans(en(repeat("SCO (SCO) ")));
        finishesWithValidSpans(ru(repeat("ООО «")));
        finishesWithValidSpans(ru(repeat("Министерство цифрового ")));
    }
}
