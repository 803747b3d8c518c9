package io.scofacts.core.extract.event;

import static io.scofacts.core.extract.event.EventFixture.before;
import static io.scofacts.core.extract.event.EventFixture.named;
import static io.scofacts.core.extract.event.EventFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.EventMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.lexicon.OrganizationShortNames;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRecognizerTest {

    private static final EventRecognizer RECOGNIZER = new EventRecognizer();

    private static List<EventMention> events(AnalyzedArticle article, String... places) {
        Findings findings = before(article, places);
        RECOGNIZER.recognize(article, findings);
        for (EventMention event : findings.events()) {
            // a mention with an organisation's short form is reported under the name written in full
            OrganizationShortNames shortNames = OrganizationShortNames.instance();
            assertEquals(shortNames.expanded(event.name()).replace(" ", ""), shortNames.expanded(
                    article.original().substring(event.span().start(), event.span().end())).replace(" ", ""));
        }
        return findings.events();
    }

    @Test
    void aNameWithAnOrganisationsShortFormIsTheEventItsFullNameNames() {
        List<EventMention> events = events(TestArticles.zh(
                "第二届中国—上合组织绿色能源合作论坛今天开幕。2025年6月3日,第二届中国—上海合作组织绿色能源合作论坛在西安举行。"),
                "西安");
        assertEquals(List.of("第二届中国—上海合作组织绿色能源合作论坛"), events.stream().map(EventMention::name).distinct().toList());
        assertEquals(2, events.size());
    }

    @Test
    void aNamedExchangeActivityOrCommissioningCeremonyIsAnEvent() {
        List<EventMention> events = events(TestArticles.zh(
                "2024年7月2日,中国—中亚数字丝路国际交流活动在西安举行。同日,中哈跨境光缆开通仪式在霍尔果斯举行。"),
                "西安", "霍尔果斯");
        assertEquals("西安", named(events, "中国—中亚数字丝路国际交流活动").orElseThrow().place());
        assertEquals("霍尔果斯", named(events, "中哈跨境光缆开通仪式").orElseThrow().place());
    }

    @Test
    void aNamedTrainingTheCeremonyLaunchesIsAnEventToo() {
        List<EventMention> events = events(TestArticles.zh(
                "6月5日,2025年“丝路青年”人工智能培训启动仪式在乌鲁木齐举行。中国—中亚数字技能研修班开班仪式同日举行。"),
                "乌鲁木齐");
        List<String> names = events.stream().map(EventMention::name).toList();
        assertTrue(names.containsAll(List.of("2025年“丝路青年”人工智能培训启动仪式", "2025年“丝路青年”人工智能培训")), names.toString());
        assertEquals("乌鲁木齐", named(events, "2025年“丝路青年”人工智能培训").orElseThrow().place());
    }

    @Test
    void anEventSpanningDaysIsDatedByItsFirstDay() {
        List<EventMention> events = events(TestArticles.zh("2025年9月3日至5日,中国—中亚数字经济论坛在阿拉木图举行。"), "阿拉木图");
        assertEquals("2025-09-03", named(events, "中国—中亚数字经济论坛").orElseThrow().date());
    }

    @Test
    void aDateOpeningAPeriodUpToNowDatesNoEvent() {
        List<EventMention> events = events(TestArticles.zh("该基地自2022年9月投入使用以来,已举办中国—中亚数字技能交流活动三次。"));
        assertNull(named(events, "中国—中亚数字技能交流活动").orElseThrow().date());
    }

    @Test
    void aDateInTheNextClauseDoesNotDateTheEvent() {
        List<EventMention> events = events(TestArticles.zh(
                "各方回顾了2024年4月8日在杜尚别举行的中国—中亚数字合作论坛成果、2025年3月2日在喀什召开的部长会议成果。"));
        assertEquals("2024-04-08", named(events, "中国—中亚数字合作论坛").orElseThrow().date());
    }

    @Test
    void eachClauseGivesItsOwnEventItsPlace() {
        List<EventMention> events = events(TestArticles.zh(
                "2024年中亚数字贸易论坛在阿拉木图举行；2025年中亚数字贸易论坛则在撒马尔罕举行。"), "阿拉木图", "撒马尔罕");
        assertEquals("撒马尔罕", named(events, "2025年中亚数字贸易论坛").orElseThrow().place());
        assertEquals("阿拉木图", named(events, "2024年中亚数字贸易论坛").orElseThrow().place());
    }

    @Test
    void aVerbBeforeTheNameBelongsToTheSentence() {
        List<EventMention> events = events(TestArticles.zh("与会各方期待上海合作组织成员国交通部长会议取得成果。"));
        assertEquals(List.of("上海合作组织成员国交通部长会议"), names(events));
    }

    @Test
    void aPeriodUpToNowIsReadTheSameInTraditionalScript() {
        List<EventMention> events = events(TestArticles.zhHant("該基地自2022年9月投入使用以來,已舉辦中國—中亞數字技能交流活動三次。"));
        assertNull(events.stream().filter(e -> e.name().contains("交流活動")).findFirst().orElseThrow().date());
    }

    @Test
    void aHeadInsideAnotherWordNamesNoEvent() {
        List<EventMention> events = events(TestArticles.zh("哈萨克斯坦国会议员阿斯卡尔表示,愿意推动合作。"));
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void aCeremonyOfAnUnnamedTrainingAddsNoEvent() {
        List<EventMention> events = events(TestArticles.zh("数字技能培训启动仪式昨日举行,三百人参加。"));
        assertTrue(events.stream().noneMatch(event -> event.name().endsWith("培训")), events.toString());
    }

    @Test
    void aSeparatorBeforeAHeadlinesEventNameIsNoPartOfIt() {
        List<EventMention> events = events(TestArticles.zh("丨2025中亚数字丝路论坛开幕\n\n6月5日,2025中亚数字丝路论坛在西安开幕。"), "西安");
        assertEquals(List.of("2025中亚数字丝路论坛"), events.stream().map(EventMention::name).distinct().toList());
    }

    @Test
    void aRussianProperAdjectiveTakesItsNounsAlong() {
        List<String> names = names(events(TestArticles.ru(
                "Министр выступил на саммите Евразийского экономического союза. Делегация посетила форум стран-членов "
                        + "Шанхайской организации сотрудничества в Ташкенте.")));
        assertTrue(names.contains("форум стран-членов Шанхайской организации сотрудничества"), names.toString());
    }

    @Test
    void chineseForumWithDateAndPlaceInItsSentence() {
        List<EventMention> events = events(TestArticles.zh(
                "2024年9月12日,第三届中国—中亚数字合作论坛在乌鲁木齐开幕,来自六国的300余名代表参会。"), "乌鲁木齐");
        EventMention forum = named(events, "第三届中国—中亚数字合作论坛").orElseThrow();
        assertEquals("2024-09-12", forum.date());
        assertEquals("乌鲁木齐", forum.place());
        assertEquals(1, events.size());
    }

    @Test
    void aChainOfPlacesGivesTheMostSpecificOne() {
        List<EventMention> events = events(TestArticles.zh(
                "2024年9月12日,第三届中国—中亚数字合作论坛在新疆乌鲁木齐开幕。"), "新疆", "乌鲁木齐");
        assertEquals("乌鲁木齐", named(events, "第三届中国—中亚数字合作论坛").orElseThrow().place());
    }

    @Test
    void councilMeetingEndsAtTheLastEventWordAndTakesTheFirstDay() {
        List<EventMention> events = events(TestArticles.zh(
                "上海合作组织成员国元首理事会第二十五次会议于2025年8月31日至9月1日在天津举行。"), "天津");
        EventMention meeting = named(events, "上海合作组织成员国元首理事会第二十五次会议").orElseThrow();
        assertEquals("2025-08-31", meeting.date());
        assertEquals("天津", meeting.place());
    }

    @Test
    void placeFallsBackToTheWordsBetweenZaiAndTheHoldingVerb() {
        List<EventMention> events = events(TestArticles.zh("2023年10月17日,第三届“一带一路”国际合作高峰论坛在北京开幕。"));
        EventMention forum = named(events, "第三届“一带一路”国际合作高峰论坛").orElseThrow();
        assertEquals("北京", forum.place());
        assertEquals("2023-10-17", forum.date());
    }

    @Test
    void frontedLocativeGivesThePlace() {
        List<EventMention> events = events(TestArticles.zh("2025年6月3日,在风景秀丽的海滨名城青岛,2025中国—上合组织地方经贸合作论坛隆重开幕。"), "青岛");
        EventMention forum = named(events, "2025中国—上合组织地方经贸合作论坛").orElseThrow();
        assertEquals("青岛", forum.place());
    }

    @Test
    void sideEventInheritsTheDateAndPlaceOfTheEventItRefersTo() {
        List<EventMention> events = events(TestArticles.zh(
                "2025年5月20日,中国—中亚经贸合作论坛在西安开幕。论坛首日,在新能源项目签约会上,12个项目完成签约。"), "西安");
        EventMention signing = named(events, "新能源项目签约会").orElseThrow();
        assertEquals("2025-05-20", signing.date());
        assertEquals("西安", signing.place());
    }

    @Test
    void eventWithoutAStatedDayHasNoDate() {
        List<EventMention> events = events(TestArticles.zh("以“开放合作”为主题的2025欧亚数字丝路论坛日前在乌鲁木齐举办。"), "乌鲁木齐");
        EventMention forum = named(events, "2025欧亚数字丝路论坛").orElseThrow();
        assertNull(forum.date());
        assertEquals("乌鲁木齐", forum.place());
    }

    @Test
    void relativeDayResolvedAgainstPublicationGivesTheDate() {
        List<EventMention> events = events(TestArticles.of("记者获悉,数字丝路分论坛将于明天在西安举行。", "zh", "Hans",
                LocalDate.of(2025, 7, 9)), "西安");
        EventMention forum = named(events, "数字丝路分论坛").orElseThrow();
        assertEquals("2025-07-10", forum.date());
    }

    @Test
    void placeAtTheStartOfTheName() {
        List<EventMention> events = events(TestArticles.zh("各国领导人出席上合组织天津峰会并发表讲话。"), "天津");
        EventMention summit = named(events, "上合组织天津峰会").orElseThrow();
        assertEquals("天津", summit.place());
    }

    @Test
    void openingCeremonyOfANamedEventIsNoNewEvent() {
        List<EventMention> events = events(TestArticles.zh("中国—东盟博览会开幕式在南宁举行。"), "南宁");
        assertEquals(List.of("中国—东盟博览会"), names(events));
    }

    @Test
    void datelineAndBylineAreNotPartOfTheName() {
        List<EventMention> events = events(TestArticles.zh("新华社西安5月20日电(记者李华)2025中国—中亚经贸合作论坛20日在西安开幕。"), "西安");
        assertEquals(List.of("2025中国—中亚经贸合作论坛"), names(events));
    }

    @Test
    void timeWordsAfterYuAreNoPlace() {
        List<EventMention> events = events(TestArticles.zh("据悉,下一届中国—中亚峰会将于明年举行。"));
        assertNull(named(events, "中国—中亚峰会").orElseThrow().place());
    }

    @Test
    void russianPlaceAfterAVerb() {
        List<EventMention> events = events(TestArticles.ru("Форум цифровой экономики ШОС открылся в Тяньцзине в четверг."));
        assertEquals("Тяньцзине", named(events, "Форум цифровой экономики ШОС").orElseThrow().place());
    }

    @Test
    void genericMentionsAreNoEvents() {
        List<EventMention> events = events(TestArticles.zh(
                "此次论坛为各方提供了交流平台。会议指出,要加强合作。本届峰会期间,双方签署了协议。"
                        + "四个平行主题论坛同步举行。主论坛上,嘉宾发言踊跃。该论坛已举办五届。新闻发布会后,记者提问。"
                        + "各方表示要办好峰会。"));
        assertEquals(List.of(), names(events));
    }

    @Test
    void roomsAndHallsAreNoEvents() {
        List<EventMention> events = events(TestArticles.zh("会议室里坐满了人,人民大会堂灯火通明,会议纪要已经印发。"));
        assertEquals(List.of(), names(events));
    }

    @Test
    void editionOrdinalOpensTheNameAfterALongRunOfWords() {
        List<EventMention> events = events(TestArticles.zh("古城西安迎来八方宾客第五届丝绸之路国际博览会,上合组织第二届媒体论坛同期举办。"));
        assertEquals(List.of("第五届丝绸之路国际博览会", "上合组织第二届媒体论坛"), names(events));
    }

    @Test
    void determinersAreDroppedFromTheName() {
        List<EventMention> events = events(TestArticles.zh("本届上合组织数字经济论坛吸引了众多企业。"));
        assertEquals(List.of("上合组织数字经济论坛"), names(events));
    }

    @Test
    void traditionalChineseNameIsReportedAsWritten() {
        AnalyzedArticle article = TestArticles.zhHant("2025年7月10日,2025上合組織數字經濟論壇在天津開幕。");
        // matching traditional stories needs the simplified matching view, which another part of the service provides
        assumeFalse(article.view().matchText().equals(article.view().text()));
        List<EventMention> events = events(article, "天津");
        EventMention forum = named(events, "2025上合組織數字經濟論壇").orElseThrow();
        assertEquals("2025-07-10", forum.date());
        assertEquals("天津", forum.place());
    }

    @Test
    void englishTitleCaseNames() {
        List<EventMention> events = events(TestArticles.en(
                "The 2025 SCO Digital Economy Forum opened in Tianjin on July 10, 2025. "
                        + "During the Tianjin Summit, leaders met. The Forum on China-Central Asia Cooperation was also held."),
                "Tianjin");
        EventMention forum = named(events, "2025 SCO Digital Economy Forum").orElseThrow();
        assertEquals("2025-07-10", forum.date());
        assertEquals("Tianjin", forum.place());
        EventMention summit = named(events, "Tianjin Summit").orElseThrow();
        assertEquals("Tianjin", summit.place());
        assertTrue(named(events, "Forum on China-Central Asia Cooperation").isPresent());
    }

    @Test
    void aShortFormInBracketsInsideAnEnglishNameIsPartOfIt() {
        List<EventMention> events = events(TestArticles.en(
                "The Central Asia Regional Economic Cooperation (CAREC) Investment Forum closed in Baku."));
        assertTrue(named(events, "Central Asia Regional Economic Cooperation (CAREC) Investment Forum").isPresent(),
                names(events).toString());
    }

    @Test
    void anAndBeforeAnotherEventEndsTheName() {
        List<EventMention> events = events(TestArticles.en(
                "Guests came to the Forum on Green Energy Cooperation and the Eurasian Innovation Expo in Urumqi."));
        assertTrue(named(events, "Forum on Green Energy Cooperation").isPresent(), names(events).toString());
    }

    @Test
    void englishPlaceAfterTheNameWithoutAPlaceRecognizer() {
        List<EventMention> events = events(TestArticles.en("Delegates gathered for the Eurasian Digital Silk Road Forum in Urumqi on Monday."));
        assertEquals("Urumqi", named(events, "Eurasian Digital Silk Road Forum").orElseThrow().place());
        List<EventMention> inJuly = events(TestArticles.en("The China-Central Asia Summit in July drew leaders."));
        assertNull(named(inJuly, "China-Central Asia Summit").orElseThrow().place());
    }

    @Test
    void englishHeadlineVerbsAreNotPartOfTheName() {
        List<EventMention> events = events(TestArticles.en("Premier Attends SCO Digital Economy Forum\nThe forum opened."));
        assertEquals(List.of("SCO Digital Economy Forum"), names(events));
    }

    @Test
    void englishGenericMentionsAreNoEvents() {
        List<EventMention> events = events(TestArticles.en(
                "The Forum brought together 600 delegates. Last Week the Annual Meeting and a Press Conference took place."));
        assertEquals(List.of(), names(events));
    }

    @Test
    void russianNamesInTheirCaseForms() {
        List<EventMention> events = events(TestArticles.ru(
                "В Тяньцзине открылся Форум цифровой экономики ШОС. Участники саммита ШОС в Тяньцзине обсудили "
                        + "сотрудничество, а выставка «Цифровой Шелковый путь» собрала компании."), "Тяньцзине");
        assertTrue(named(events, "Форум цифровой экономики ШОС").isPresent(), names(events).toString());
        assertEquals("Тяньцзине", named(events, "саммита ШОС в Тяньцзине").orElseThrow().place());
        assertTrue(named(events, "выставка «Цифровой Шелковый путь»").isPresent(), names(events).toString());
    }

    @Test
    void russianGenericMentionsAreNoEvents() {
        List<EventMention> events = events(TestArticles.ru("Форум прошел успешно. Международный форум собрал гостей, а на конференции выступили эксперты."));
        assertEquals(List.of(), names(events));
    }

    @Test
    void adversarialInputFinishesQuickly() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 500_000) {
            text.append("论坛“峰会”《会议》(((2025年论坛1234567890 Forum Forum «форум ");
        }
        AnalyzedArticle article = TestArticles.zh(text.toString());
        Findings findings = before(article, "2025");
        List<EventMention> events = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            RECOGNIZER.recognize(article, findings);
            return findings.events();
        });
        assertTrue(events.size() > 1000);
        for (EventMention event : events) {
            assertTrue(event.span().end() <= text.length());
        }
    }
}
