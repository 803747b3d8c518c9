package io.scofacts.core.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.DocumentMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.extract.event.EventFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRecognizerTest {

    private static final DocumentRecognizer RECOGNIZER = new DocumentRecognizer();

    private static List<String> documents(AnalyzedArticle article, String... places) {
        Findings findings = EventFixture.before(article, places);
        RECOGNIZER.recognize(article, findings);
        for (DocumentMention document : findings.documents()) {
            assertEquals(document.name(), article.original().substring(document.span().start(), document.span().end()));
        }
        return findings.documents().stream().map(DocumentMention::name).toList();
    }

    @Test
    void titleMarksNameADocumentWithoutTheMarks() {
        assertEquals(List.of("上合组织成员国智慧农业合作路线图", "中国—中亚国家绿色能源合作优秀实践汇编(2024)"),
                documents(TestArticles.zh("去年秋天公布的《上合组织成员国智慧农业合作路线图》明确了方向。"
                        + "大会同时推出了《中国—中亚国家绿色能源合作优秀实践汇编(2024)》。")));
    }

    @Test
    void newspapersSitesAndProgrammesInTitleMarksAreMedia() {
        assertEquals(List.of("联合公报"), documents(TestArticles.zh(
                "据《人民日报》报道,《环球时报》和《光明网》也转载了消息,《新闻联播》播出了《联合公报》全文。")));
    }

    @Test
    void booksAndFilmsInTitleMarksCountAsDocuments() {
        // nothing in the sentence tells a book from a report: titles that are not media are kept
        assertEquals(List.of("丝路故事"), documents(TestArticles.zh("双方合作出版了《丝路故事》一书。")));
    }

    @Test
    void namedCollectionWithoutTitleMarks() {
        assertEquals(List.of("中国—中亚国家绿色能源合作典型案例"),
                documents(TestArticles.zh("研讨会上公布了中国—中亚国家绿色能源合作典型案例。")));
    }

    @Test
    void selectionVerbsAreNotPartOfTheName() {
        assertEquals(List.of("中国—中亚国家绿色能源合作典型案例"),
                documents(TestArticles.zh("这座电站顺利入选中国—中亚国家绿色能源合作典型案例。")));
    }

    @Test
    void declarationsAndInitiativesWithANamePart() {
        List<String> names = documents(TestArticles.zh(
                "各方代表签署了天津宣言,并联合提出“绿色走廊”倡议,批准上合组织智慧农业合作纲要。"), "天津");
        assertEquals(List.of("天津宣言", "“绿色走廊”倡议", "上合组织智慧农业合作纲要"), names);
    }

    @Test
    void genericAgreementsAndPlansAreNoDocuments() {
        assertEquals(List.of(), documents(TestArticles.zh(
                "百度智能云与11家企业签署合作协议。本次论坛发起多边合作倡议。中国计划到2030年建成更多基地。"
                        + "双方达成广泛共识。该倡议得到积极响应。中哈合作协议已经生效。中方倡议,各国加强合作。")));
    }

    @Test
    void weakHeadNeedsMoreThanANamePart() {
        assertEquals(List.of("中哈跨境电子商务协议"),
                documents(TestArticles.zh("两国部门签署了中哈跨境电子商务协议,中国战略伙伴关系进一步巩固。")));
    }

    @Test
    void traditionalTitleIsReportedAsWritten() {
        assertEquals(List.of("上合組織成員國智慧農業合作路線圖"),
                documents(TestArticles.zhHant("去年秋天公布的《上合組織成員國智慧農業合作路線圖》為各方指明了方向。")));
    }

    @Test
    void englishTitleCaseDocuments() {
        List<String> names = documents(TestArticles.en(
                "Leaders adopted the Tianjin Declaration and endorsed the Digital Economy Cooperation Action Plan. "
                        + "They also signed a Memorandum of Understanding on Digital Silk Road Cooperation."));
        assertEquals(List.of("Tianjin Declaration", "Digital Economy Cooperation Action Plan",
                "Memorandum of Understanding on Digital Silk Road Cooperation"), names);
    }

    @Test
    void englishGenericDocumentsAreNot() {
        assertEquals(List.of(), documents(TestArticles.en(
                "The Declaration was adopted. A Joint Statement followed, and the Plan will run to 2030.")));
    }

    @Test
    void russianDocumentsInTheirCaseForms() {
        List<String> names = documents(TestArticles.ru(
                "Лидеры подписали «Тяньцзиньскую декларацию» и одобрили план действий ШОС по цифровой экономике. "
                        + "Стороны обсудили Стратегию развития ШОС до 2035 года."));
        assertTrue(names.contains("Тяньцзиньскую декларацию"), names.toString());
        assertTrue(names.contains("план действий ШОС"), names.toString());
        assertTrue(names.contains("Стратегию развития ШОС"), names.toString());
    }

    @Test
    void russianGenericDocumentsAreNot() {
        assertEquals(List.of(), documents(TestArticles.ru(
                "Декларация была принята. Совместная декларация подчеркивает важность сотрудничества, а соглашение вступит в силу.")));
    }

    @Test
    void theActOfSigningOrAdoptingADocumentIsNoNameOfIt() {
        assertEquals(List.of(), documents(TestArticles.ru(
                "Подписание меморандума станет важным шагом. Принятие соглашения ожидается в мае.")));
    }

    @Test
    void adversarialInputFinishesQuickly() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 500_000) {
            text.append("《宣言》《《》》《人民日报》上合倡议“计划”中国协议 Declaration Plan «декларация ");
        }
        AnalyzedArticle article = TestArticles.zh(text.toString());
        Findings findings = EventFixture.before(article);
        List<DocumentMention> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            RECOGNIZER.recognize(article, findings);
            return findings.documents();
        });
        assertTrue(found.size() > 1000);
        for (DocumentMention document : found) {
            assertTrue(document.span().end() <= text.length());
        }
    }
}
