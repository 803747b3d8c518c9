package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PersonMention;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.factsheet.Span;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonRecognizerTest {

    private static final PersonRecognizer PEOPLE = new PersonRecognizer();
    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();

    private static Findings run(AnalyzedArticle article) {
        Findings findings = new Findings();
        COUNTRIES.recognize(article, findings);
        PEOPLE.recognize(article, findings);
        return findings;
    }

    private static PersonMention only(Findings findings, String name) {
        List<PersonMention> found = findings.people().stream().filter(p -> p.name().equals(name)).toList();
        assertTrue(!found.isEmpty(), () -> name + " not in " + names(findings));
        return found.get(0);
    }

    private static List<String> names(Findings findings) {
        return findings.people().stream().map(PersonMention::name).distinct().collect(Collectors.toList());
    }

    private static void assertSpansValid(AnalyzedArticle article, Findings findings) {
        for (PersonMention person : findings.people()) {
            String covered = article.original().substring(person.span().start(), person.span().end());
            // a later short mention ("Karimov", "拉希莫夫") covers the end of the full name
            assertTrue(covered.replace('•', '·').equals(person.name()) || person.name().endsWith(covered), covered);
        }
    }

    @Test
    void titleBeforeAChineseNameGivesTitleAndAffiliation() {
        AnalyzedArticle article = TestArticles.zh("会上,国家信息中心副主任陈立新介绍,两国已建成多个联合实验室。");
        Findings findings = run(article);
        PersonMention person = only(findings, "陈立新");
        assertEquals("副主任", person.title());
        assertEquals("国家信息中心", person.affiliation());
        assertSpansValid(article, findings);
    }

    @Test
    void aTitleEndingInTheFirstCharOfACompoundSurnameKeepsThatChar() {
        AnalyzedArticle article = TestArticles.zh("甘肃省工业和信息化厅副厅长孙海燕说，全省已建成二十个数字车间。");
        Findings findings = run(article);
        assertEquals(List.of("孙海燕"), names(findings));
        assertEquals("副厅长", only(findings, "孙海燕").title());
        assertSpansValid(article, findings);
    }

    @Test
    void theBodyBeforeADepartmentIsTheAffiliation() {
        AnalyzedArticle article = TestArticles.zh("哈萨克斯坦战略研究所国际关系部主任阿斯兰·努尔兰诺夫认为,合作潜力巨大。");
        Findings findings = run(article);
        PersonMention person = only(findings, "阿斯兰·努尔兰诺夫");
        assertEquals("国际关系部主任", person.title());
        assertEquals("哈萨克斯坦战略研究所", person.affiliation());
        assertEquals("KZ", person.country());
    }

    @Test
    void aRecognisedOrganisationIsTheAffiliationAndGivesTheCountry() {
        String text = "中国电子信息产业发展研究院数字经济研究所所长刘晓东表示,算力合作前景广阔。";
        AnalyzedArticle article = TestArticles.zh(text);
        Findings findings = new Findings();
        int start = text.indexOf("中国电子");
        int end = text.indexOf("数字经济研究所");
        findings.addOrganization(new OrganizationMention("中国电子信息产业发展研究院", "CN", new Span(start, end)));
        PEOPLE.recognize(article, findings);
        PersonMention person = only(findings, "刘晓东");
        assertEquals("中国电子信息产业发展研究院", person.affiliation());
        assertEquals("数字经济研究所所长", person.title());
        assertEquals("CN", person.country());
    }

    @Test
    void theFirstOfListedRolesIsRead() {
        Findings findings = run(TestArticles.zh("“合作正当其时。”吉尔吉斯斯坦数字发展部前部长、比什凯克科技园原主任努尔兰·萨帕罗夫说。"));
        PersonMention person = only(findings, "努尔兰·萨帕罗夫");
        assertEquals("前部长", person.title());
        assertEquals("吉尔吉斯斯坦数字发展部", person.affiliation());
        assertEquals("KG", person.country());
    }

    @Test
    void undottedForeignNameAfterATitle() {
        Findings findings = run(TestArticles.zh("上合组织秘书长巴赫季约罗夫曾指出,数字合作前景广阔。乌兹别克斯坦总统米尔济约耶夫表示欢迎。"));
        PersonMention secretary = only(findings, "巴赫季约罗夫");
        assertEquals("秘书长", secretary.title());
        assertEquals("上合组织", secretary.affiliation());
        PersonMention president = only(findings, "米尔济约耶夫");
        assertEquals("总统", president.title());
        assertEquals("UZ", president.country());
    }

    @Test
    void titleAfterANameAndSpeechVerbsAreEvidence() {
        Findings findings = run(TestArticles.zh("王海涛院长出席了开幕式。据李文静介绍,培训班已开办三期。赵明在论坛上指出,标准需要对接。"));
        assertEquals(List.of("王海涛", "李文静", "赵明"), names(findings));
        assertEquals("院长", only(findings, "王海涛").title());
        assertNull(only(findings, "李文静").title());
    }

    @Test
    void bylineReportersAreTitledWithTheirPaper() {
        Findings findings = run(TestArticles.zh("双方签署了合作备忘录。(光明日报记者 周晓雯)"));
        PersonMention reporter = only(findings, "周晓雯");
        assertEquals("记者", reporter.title());
        assertEquals("光明日报", reporter.affiliation());
        Findings two = run(TestArticles.zh("本报记者 林海 郑雪梅\n本报北京7月3日电"));
        assertEquals(List.of("林海", "郑雪梅"), names(two));
    }

    @Test
    void everyLaterMentionIsReportedWithItsOwnSpan() {
        String text = "塔吉克斯坦交通部副部长法鲁赫·拉希莫夫表示,口岸通关效率明显提升。拉希莫夫还说,双方将扩大合作。法鲁赫·拉希莫夫最后感谢中方。";
        AnalyzedArticle article = TestArticles.zh(text);
        Findings findings = run(article);
        List<PersonMention> mentions = findings.people();
        assertEquals(3, mentions.size(), mentions::toString);
        assertTrue(mentions.stream().allMatch(p -> p.name().equals("法鲁赫·拉希莫夫")));
        assertEquals(text.indexOf("拉希莫夫还"), mentions.get(1).span().start());
        assertEquals(text.lastIndexOf("法鲁赫"), mentions.get(2).span().start());
    }

    @Test
    void quoteSpeakersAreFoundAgainInTheText() {
        String text = "“数字经济没有边界。”马丽娜说。马丽娜来自阿拉木图。";
        AnalyzedArticle article = TestArticles.zh(text);
        Findings findings = new Findings();
        findings.addQuote(new QuoteFact("马丽娜", "数字经济没有边界。", List.of(new Span(1, 10))));
        PEOPLE.recognize(article, findings);
        assertEquals(2, findings.people().size(), findings.people()::toString);
    }

    @Test
    void traditionalChineseNamesKeepTheirCharactersAndUnifyTheDot() {
        AnalyzedArticle article = TestArticles.zhHant("烏茲別克斯坦數字技術部副部長達尼亞爾•庫爾班諾夫表示,雙方合作成果豐碩。");
        Findings findings = run(article);
        PersonMention person = only(findings, "達尼亞爾·庫爾班諾夫");
        assertEquals("副部長", person.title());
        assertEquals("烏茲別克斯坦數字技術部", person.affiliation());
        assertSpansValid(article, findings);
    }

    @Test
    void surnameCharactersInOrdinaryWordsAreNotNames() {
        Findings findings = run(TestArticles.zh("王府井商圈客流回升,高新区表示将加大投入。金融专家指出风险可控。"
                + "张家口市长表示欢迎,林业局长介绍了情况。韩国总统出席。马上表示同意。"));
        assertEquals(List.of(), names(findings));
    }

    @Test
    void englishTitlesAppositionsAndSpeechVerbs() {
        AnalyzedArticle article = TestArticles.en("Deputy Minister Aziz Karimov opened the session. "
                + "Elena Sorokina, director of the Eurasian Digital Institute, said the platform had grown. "
                + "\"Trade is rising,\" said Tom Baker. Karimov added that talks would continue.");
        Findings findings = run(article);
        assertEquals(List.of("Aziz Karimov", "Elena Sorokina", "Tom Baker"), names(findings).subList(0, 3));
        assertEquals("Deputy Minister", only(findings, "Aziz Karimov").title());
        PersonMention director = only(findings, "Elena Sorokina");
        assertEquals("director", director.title());
        assertEquals("Eurasian Digital Institute", director.affiliation());
        assertSpansValid(article, findings);
    }

    @Test
    void englishBodiesAndCountriesAreNotPeople() {
        Findings findings = run(TestArticles.en("The Ministry said exports grew. China Mobile said it would invest. "
                + "Digital Silk Road projects were discussed."));
        assertEquals(List.of(), names(findings));
    }

    @Test
    void englishTitleAfterAnAdjectiveOfCountry() {
        Findings findings = run(TestArticles.en("Uzbekistan President Shavkat Mirziyoyev met the delegation."));
        PersonMention person = only(findings, "Shavkat Mirziyoyev");
        assertEquals("President", person.title());
        assertEquals("UZ", person.country());
    }

    @Test
    void russianTitlesAndLeadsReportTheNameAsWritten() {
        Findings findings = run(TestArticles.ru("Заместитель министра Иван Петров открыл форум. "
                + "По словам Анны Смирновой, спрос на услуги растет. Айдар Садыков отметил рост торговли."));
        assertEquals(List.of("Иван Петров", "Анны Смирновой", "Айдар Садыков"), names(findings));
        assertEquals("Заместитель министра", only(findings, "Иван Петров").title());
    }

    @Test
    void russianCountryBeforeTheNameIsNotPartOfIt() {
        Findings findings = run(TestArticles.ru("Президент Узбекистана Шавкат Мирзиёев принял делегацию."));
        PersonMention person = only(findings, "Шавкат Мирзиёев");
        assertEquals("UZ", findings.countries().get(0).code());
        assertTrue(person.span().end() > person.span().start());
    }

    @Test
    void aRussianTitleRunsThroughItsGenitivesAndIsReportedInTheNominative() {
        Findings findings = run(TestArticles.ru("Делегацию возглавил заместитель Министра транспорта и коммуникаций "
                + "Киргизии Азамат Осмонов. Встреча Министра юстиции Таджикистана Рустама Назарова прошла вчера."));
        assertEquals("заместитель Министра транспорта и коммуникаций Киргизии", only(findings, "Азамат Осмонов").title());
        assertEquals("Министр юстиции Таджикистана", findings.people().stream()
                .filter(p -> p.name().startsWith("Рустам")).findFirst().orElseThrow().title());
        assertEquals("президент Узбекистана", run(TestArticles.ru("Его принял президент Узбекистана Шавкат Мирзиёев."))
                .people().get(0).title());
    }

    @Test
    void shortAndRareNamesAfterATitle() {
        Findings findings = run(TestArticles.zh("国家主席习近平出席开幕式。俄罗斯总统普京表示欢迎。"
                + "哈萨克斯坦总统卡西姆若马尔特·托卡耶夫致辞。上合组织副秘书长索黑尔·汗出席。"));
        assertEquals(List.of("习近平", "普京", "卡西姆若马尔特·托卡耶夫", "索黑尔·汗"), names(findings));
        assertEquals("国家主席", only(findings, "习近平").title());
        assertEquals("RU", only(findings, "普京").country());
        assertEquals("KZ", only(findings, "卡西姆若马尔特·托卡耶夫").country());
    }

    @Test
    void courtesyTitlesWeekdaysAndGroupsAreNotNames() {
        Findings findings = run(TestArticles.zh("市民王女士说,服务很方便。周五表示将公布数据。欧洲表示关注。"
                + "中国企业表示有信心。相关负责人表示,将继续推进。马方表示支持。"));
        assertEquals(List.of(), names(findings));
    }

    @Test
    void anEarlierRoleWithoutABodyDoesNotReplaceTheTitledOne() {
        Findings findings = run(TestArticles.zh("中方代表、商务部副部长郑国华表示,双方贸易额创新高。"));
        PersonMention person = only(findings, "郑国华");
        assertEquals("副部长", person.title());
        assertEquals("商务部", person.affiliation());
    }

    @Test
    void russianAcronymBetweenTitleAndNameIsTheAffiliation() {
        Findings findings = run(TestArticles.ru("Генеральный секретарь ШОС Нурлан Ермеков выступил на форуме."));
        PersonMention person = only(findings, "Нурлан Ермеков");
        assertEquals("Генеральный секретарь", person.title());
        assertEquals("ШОС", person.affiliation());
    }

    @Test
    void aSurnameAloneStandsForTheFullNameFoundBefore() {
        Findings english = run(TestArticles.en("Deputy Minister Aziz Karimov opened the session. Karimov added that talks would continue."));
        assertEquals(2, english.people().size(), english.people()::toString);
        assertTrue(english.people().stream().allMatch(p -> p.name().equals("Aziz Karimov")), english.people()::toString);
        Findings chinese = run(TestArticles.zh("塔吉克斯坦交通部副部长法鲁赫·拉希莫夫出席。拉希莫夫表示,口岸通关效率明显提升。"));
        assertEquals(2, chinese.people().size(), chinese.people()::toString);
        assertTrue(chinese.people().stream().allMatch(p -> p.name().equals("法鲁赫·拉希莫夫")), chinese.people()::toString);
    }

    @Test
    void idiomsAndVerbsAfterGeneralRolesAreNotNames() {
        Findings findings = run(TestArticles.zh("分会场里,各国代表高瞻远瞩,共话合作前景。本报告不代表任何评级机构的观点。"));
        assertEquals(List.of(), names(findings));
    }

    @Test
    void adversarialInputsFinishQuickly() {
        String chinese = "院长".repeat(60_000) + "王".repeat(100_000) + "·".repeat(50_000) + "阿·".repeat(50_000)
                + "王明说".repeat(30_000);
        String latin = "President ".repeat(10_000) + "Ivan Petrov said ".repeat(15_000) + "A ".repeat(75_000);
        AnalyzedArticle zhArticle = TestArticles.zh(chinese);
        AnalyzedArticle enArticle = TestArticles.en(latin);
        // A correctness bound against quadratic scans, generous for a loaded build machine.
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            Findings zh = TestArticles.run(PEOPLE, zhArticle);
            Findings en = TestArticles.run(PEOPLE, enArticle);
            assertTrue(zh.people().size() > 0 && en.people().size() > 0);
        });
    }

}
