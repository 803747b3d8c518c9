package io.scofacts.core.extract.quote;

import static io.scofacts.core.extract.quote.QuoteAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;

/** A speaker named by the last part of a name the story wrote in full before is that person. */
class LastPartSpeakersTest {

    @Test
    void transliteratedLastPartBeforeTheQuote() {
        assertEquals("努尔兰·别克穆哈梅多夫: 数据中心的投运将让两国企业受益。", summary(TestArticles.zh(
                "哈萨克斯坦数字发展部副部长努尔兰·别克穆哈梅多夫出席仪式。别克穆哈梅多夫表示:“数据中心的投运将让两国企业受益。”")));
    }

    @Test
    void transliteratedLastPartAfterTheQuoteInTraditionalScript() {
        assertEquals("阿扎馬特·托克托戈諾夫: 雙方合作的空間還很大。", summary(TestArticles.zhHant(
                "吉爾吉斯斯坦代表阿扎馬特·托克托戈諾夫參加了會議。“雙方合作的空間還很大。”托克托戈諾夫說。")));
    }

    @Test
    void spacedLanguagesSurnameAfterTheFullNameInTheText() {
        assertEquals("Нурлан Сагинтаев: Мы готовы открыть новые маршруты", summary(TestArticles.ru(
                "Министр транспорта Нурлан Сагинтаев прибыл в Урумчи. «Мы готовы открыть новые маршруты», "
                        + "- сказал Сагинтаев.")));
        assertEquals("Dilnoza Rakhimova: We expect the first shipments in May,", summary(TestArticles.en(
                "Deputy minister Dilnoza Rakhimova visited the port on Monday. \"We expect the first shipments in May,\" "
                        + "Rakhimova said.")));
    }

    @Test
    void aLastPartWithNoFullNameBeforeItNamesNoOne() {
        assertEquals("", summary(TestArticles.zh("别克穆哈梅多夫表示:“数据中心的投运将让两国企业受益。”")));
    }

    @Test
    void aChineseSurnameInLatinLettersNamesTheEarlierFullName() {
        assertEquals("Zhao Minghui: The first graduates found jobs within a month,", summary(TestArticles.en(
                "According to Zhao Minghui, dean of the college, 300 students enrolled. "
                        + "“The first graduates found jobs within a month,” said Zhao, who joined the school in 2020.")));
    }

    @Test
    void aNameBeforeAWhoClauseSpeaksTheQuotation() {
        assertEquals("Aibek Nurlanov: The data centre will open next spring.", summary(TestArticles.en(
                "The forum was opened by Minister Aibek Nurlanov, who stated: “The data centre will open next spring.”")));
    }
}
