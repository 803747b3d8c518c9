package io.scofacts.core.extract.quote;

import static io.scofacts.core.extract.quote.QuoteAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;

/** A speaker's turn runs on: quotations with no attribution of their own belong to who spoke before them. */
class SpeakerTurnsTest {

    @Test
    void aQuotationAfterIndirectSpeechInTheSameSentence() {
        assertEquals("王海涛: 让这条通道早日造福沿线人民,带动各国经济发展。", summary(TestArticles.zh(
                "王海涛表示,将加快推进口岸建设,“让这条通道早日造福沿线人民,带动各国经济发展。”")));
    }

    @Test
    void aQuotationOpeningASentenceAfterTheSpeakerSpokeInTheParagraph() {
        assertEquals("王海涛: 我们将以合作年为契机,扩大优质农产品进口。", summary(TestArticles.zh(
                "谈及双边合作,王海涛表示,近年来两国关系发展顺利。他强调,经贸合作是关键。"
                        + "“我们将以合作年为契机,扩大优质农产品进口。”")));
    }

    @Test
    void aQuotedTermInTheParagraphIsNoSpeech() {
        assertEquals("", summary(TestArticles.zh(
                "王海涛表示,双方将围绕“丝路互联互通精神”,深化高质量合作。")));
    }

    @Test
    void aParticipleClauseGoesBackToTheSentencesSubject() {
        assertEquals("Arslan Karimov: the efficiency of every sector depends on digital tools.", summary(TestArticles.en(
                "President Arslan Karimov has stressed that networks drive progress, noting that "
                        + "\u201cthe efficiency of every sector depends on digital tools.\u201d")));
    }

    @Test
    void aPronounSpeakerParagraphsAfterTheStoryLastQuotedSomeone() {
        assertEquals("王海涛: 合作前景广阔,我们充满信心。 | 王海涛: 我们支持建立人工智能领域的合作机制。",
                summary(TestArticles.zh("王海涛说：“合作前景广阔,我们充满信心。”\n\n两国签署多项文件。\n\n"
                        + "双方还讨论了能源合作。\n\n他表示：“我们支持建立人工智能领域的合作机制。”")));
    }

    @Test
    void aStraightQuotedWordInsideAStraightQuotation() {
        assertEquals("Иван Петров: Это не только про технологии, но и про \"зеленую\" энергию", summary(TestArticles.ru(
                "Об этом рассказал Иван Петров.\n\n\"Это не только про технологии, но и про \"зеленую\" энергию\",- подчеркнул он.")));
    }

    @Test
    void aNameAfterATitleAndItsBodyFollowsTheComma() {
        assertEquals("Kubanych Omurov: Our countries will expand student exchange programs,", summary(TestArticles.en(
                "\"Our countries will expand student exchange programs,\" said Deputy Chairperson of the State Committee "
                        + "for Information Technologies, Kubanych Omurov.")));
    }

    @Test
    void aQuotationAfterAPronounSpeakerInItsParagraph() {
        assertEquals("王海涛: 我们正在学习的技术十分先进,有助于缓解交通拥堵。", summary(TestArticles.zh(
                "学员王海涛表示,课程很有用。\n\n他说,学院开设了智慧交通课程。“我们正在学习的技术十分先进,有助于缓解交通拥堵。”")));
    }
}
