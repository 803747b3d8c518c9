package io.scofacts.core.text.story;

import static io.scofacts.core.text.story.StoryPages.story;
import static io.scofacts.core.text.story.StoryPages.storyText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import org.junit.jupiter.api.Test;

class StoryViewMendingTest {

    @Test
    void dropsOcrSpacesBetweenChineseCharacters() {
        NormalizedText story = story("新 华 社 北 京 9 月 2 日 电 上 合 组 织 青 年 创 客 大 赛 在 西 安 启 动 。\n");
        assertEquals("新华社北京9月2日电上合组织青年创客大赛在西安启动。\n", story.text());
    }

    @Test
    void joinsTheDigitsOfASpacedOutFigure() {
        assertEquals("1500余名嘉宾出席", storyText("1 5 0 0 余 名 嘉 宾 出 席"));
        assertEquals("Room 2 0 2 5", storyText("Room 2 0 2 5"));
    }

    @Test
    void dropsIdeographicOcrSpacesInTraditionalText() {
        assertEquals("中央社台北3日電", storyText("中\u3000央\u3000社\u3000台\u3000北\u30003\u3000日\u3000電"));
    }

    @Test
    void aNameFoundInTheViewCoversTheSpacesOfTheSubmittedText() {
        String page = "记 者 王 小 明 报 道";
        NormalizedText story = story(page);
        int start = story.text().indexOf("王小明");
        assertEquals(new Span(4, 9), story.originalSpan(start, start + 3));
        assertEquals("王 小 明", story.originalText(start, start + 3));
    }

    @Test
    void keepsSpacesBetweenLatinWordsAndDeliberateTitleSeparators() {
        assertEquals("上合组织数字经济论坛开幕 共绘合作新蓝图", storyText("上合组织数字经济论坛开幕 共绘合作新蓝图"));
        assertEquals("China and Russia sign 5 deals", storyText("China and Russia sign 5 deals"));
        assertEquals("Москва и Пекин", storyText("Москва и Пекин"));
    }

    @Test
    void joinsChineseLinesWrappedAtAFixedWidth() {
        String page = """
                国家数据局与哈萨克斯坦数字发展部签署合作备忘录，双方将在
                数据跨境流动、数字基础设施和人才培养等领域开展合作，并共同
                推动建设中亚数字经济合作中心。该中心预计于明年投入运营，首
                期投资约为5亿元人民币。
                """;
        String story = storyText(page);
        assertTrue(story.contains("双方将在数据跨境流动"), story);
        assertTrue(story.contains("共同推动建设中亚数字经济合作中心"), story);
        assertTrue(story.contains("首期投资约为5亿元"), story);
    }

    @Test
    void keepsLineBreaksOfAnOrdinaryWebPage() {
        String page = """
                中吉签署数字经济合作协议
                6月5日，中国与吉尔吉斯斯坦在比什凯克签署数字经济合作协议。
                协议涵盖电子商务、智慧城市等内容，两国还将共建数字技术培训中心，预计每年培训500名技术人员
                """;
        String story = storyText(page);
        assertTrue(story.startsWith("中吉签署数字经济合作协议\n6月5日"), story);
    }

    @Test
    void joinsEnglishWordsHyphenatedAtAWrappedLineEnd() {
        String page = """
                The two countries agreed to expand cooperation on digi-
                tal infrastructure, including data centres and fibre-op-
                tic links between Almaty and Urumqi, the ministry said in
                a statement issued after the talks ended on Thursday.
                """;
        String story = storyText(page);
        assertTrue(story.contains("cooperation on digital infrastructure"), story);
        assertTrue(story.contains("fibre-optic links"), story);
    }

    @Test
    void dropsPinyinGlossesAfterCharacters() {
        NormalizedText story = story("數（shù）字經（jīng）濟(ji4)合作");
        assertEquals("數字經濟合作", story.text());
        assertEquals("数字经济合作", story.matchText());
        assertEquals("經（jīng）濟", story.originalText(2, 4));
    }

    @Test
    void keepsAbbreviationsInBrackets() {
        assertEquals("丝路杯电竞邀请赛(SRC)和5G网络(5g)", storyText("丝路杯电竞邀请赛（SRC）和5G网络(5g)"));
    }

    @Test
    void matchTextIsTheSimplifiedStoryCharForChar() {
        NormalizedText story = story("哈薩克斯坦代表團抵達青島，參加上海合作組織數字經濟會議。");
        assertEquals("哈薩克斯坦代表團抵達青島,參加上海合作組織數字經濟會議。", story.text());
        assertEquals("哈萨克斯坦代表团抵达青岛,参加上海合作组织数字经济会议。", story.matchText());
    }

    @Test
    void readsASpacedOutPrintPageAsStoryAndItsSpacedCreditsAsFurniture() {
        String page = """
                中 哈 共 建 数 字 丝 绸 之 路 合 作 中 心
                新 华 社 阿 斯 塔 纳 9 月 2 日 电 中 国 与 哈 萨 克 斯 坦
                2 日 签 署 协 议 ， 共 建 数 字 丝 绸 之 路 合 作 中 心 。
                责 任 编 辑 ： 刘 小 东
                """;
        String story = storyText(page);
        assertTrue(story.startsWith("中哈共建数字丝绸之路合作中心\n"), story);
        assertTrue(story.contains("新华社阿斯塔纳9月2日电中国与哈萨克斯坦"), story);
        assertTrue(story.contains("2日签署协议,共建数字丝绸之路合作中心。"), story);
        assertTrue(!story.contains("刘小东"), story);
    }
}
