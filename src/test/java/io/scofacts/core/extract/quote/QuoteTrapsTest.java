package io.scofacts.core.extract.quote;

import static io.scofacts.core.extract.quote.QuoteAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;

/** Quotation marks that are not direct speech of a named person. */
class QuoteTrapsTest {

    @Test
    void quotedTermsAndSlogansAreNotQuotes() {
        assertEquals("", summary(TestArticles.zh(
                "各方秉持“上海精神”,共建“数字纽带”,天津谋划建设“一港、一园、一通道”,推动“数字丝绸之路”建设。")));
    }

    @Test
    void quotedTermRightAfterASpeechVerbIsNotAQuote() {
        assertEquals("", summary(TestArticles.zh("王立华强调,“数字丝绸之路”建设正进入快车道。")));
        assertEquals("", summary(TestArticles.zh("他把这一模式称为“可复制的样板工程”。")));
    }

    @Test
    void sayingWithNoNamedSpeakerIsNotAQuote() {
        assertEquals("", summary(TestArticles.zh("“众行致远。”面向新阶段,各国合作前景广阔。")));
        assertEquals("", summary(TestArticles.zh("“合作共赢才是长久之道。”专家表示。")));
    }

    @Test
    void headlinesInANewsListAreNotQuotes() {
        assertEquals("", summary(TestArticles.zh("相关新闻\n什么是“供应链”?一文读懂\n“2026数字丝路行”车队启程\n")));
    }

    @Test
    void wordsThatContainASpeechVerbAreNotVerbs() {
        assertEquals("", summary(TestArticles.zh("“这是一部讲述丝路故事的作品。”小说作者的说明引起关注。")));
        assertEquals("", summary(TestArticles.zh("据说:“明年还会有更多企业加入合作。”")));
    }

    @Test
    void organisationsAreNotSpeakers() {
        assertEquals("", summary(TestArticles.en("\"We will expand the programme next year,\" the Ministry said.")));
        assertEquals("", summary(TestArticles.en("\"We will expand the programme next year,\" Xinhua News Agency said.")));
    }

    @Test
    void quotesDoNotCrossParagraphs() {
        assertEquals("", summary(TestArticles.zh("他们提出了“数字\n经济合作的新思路和新办法,”李文博说。")));
    }
}
