package io.scofacts.core.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditRecognizerTest {

    private static final CreditRecognizer CREDITS = new CreditRecognizer();

    @Test
    void datelineAgencyAndBracketBylineReporters() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                中吉数字走廊建设提速
                新华社比什凯克5月6日电(记者 陈思远 马丽)吉尔吉斯斯坦数字发展部6日表示,中吉数字走廊首批项目已完成验收,覆盖全国七个州的政务服务网络。
                """));
        assertEquals("中吉数字走廊建设提速", found.title());
        assertEquals("新华社", found.publisher());
        assertEquals(List.of("陈思远", "马丽"), found.reporters());
    }

    @Test
    void paperNamedInTheClosingByline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                上合组织国家青年数字技能大赛在青岛落幕
                本次大赛吸引了来自十二个国家的三百余支队伍参赛,参赛选手围绕智慧城市和跨境电商等方向提交作品,评审持续两天。
                (光明日报记者 赵一凡)
                """));
        assertEquals("光明日报", found.publisher());
        assertEquals(List.of("赵一凡"), found.reporters());
    }

    @Test
    void sourceLineOnAPastedPageAndTheHeadlineAfterTheMenu() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                首页
                产品中心
                联系我们
                热线 400-000-0000
                上合数字经济合作再结硕果 多国企业共建跨境平台
                时间:2026-04-02 10:00
                近日,多国企业在天津签署协议,共同建设面向中亚的跨境数字服务平台,平台将提供通关、结算和物流追踪等服务。
                来源:经济日报
                免责声明:本站转载内容仅供参考。
                """));
        assertEquals("上合数字经济合作再结硕果 多国企业共建跨境平台", found.title());
        assertEquals("经济日报", found.publisher());
        assertEquals(List.of(), found.reporters());
    }

    @Test
    void noHeadlineWhenTheTextStartsWithTheStory() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh(
                "2026年5月,上合组织数字经济合作论坛在天津举行,来自各成员国的代表围绕数据流通和人工智能应用展开讨论。\n小标题\n"));
        assertNull(found.title());
        assertNull(found.publisher());
    }

    @Test
    void englishDatelineAgencyAndByline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Uzbekistan opens data centre built with Chinese partner
                By Anna Petrova
                TASHKENT, June 3 (Xinhua) -- Uzbekistan on Tuesday opened a data centre built together with a Chinese company, officials said.
                """));
        assertEquals("Uzbekistan opens data centre built with Chinese partner", found.title());
        assertEquals("Xinhua", found.publisher());
        assertEquals(List.of("Anna Petrova"), found.reporters());
    }

    @Test
    void englishHeadlineWithACommaIsStillTheHeadline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Uzbekistan, China open joint data lab in Samarkand
                SAMARKAND, March 3 (Xinhua) -- Uzbekistan and China on Monday opened a joint data laboratory in Samarkand, officials said.
                """));
        assertEquals("Uzbekistan, China open joint data lab in Samarkand", found.title());
        assertEquals("Xinhua", found.publisher());
    }

    @Test
    void russianAgencyDateline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.ru("""
                В Бишкеке обсудили цифровой транзит
                БИШКЕК, 14 марта. /Кабар/. Министры транспорта Киргизии и Китая обсудили в четверг запуск цифровой платформы для грузоперевозок.
                """));
        assertEquals("В Бишкеке обсудили цифровой транзит", found.title());
        assertEquals("Кабар", found.publisher());
    }

    @Test
    void traditionalSourceLineAndOwnPaperByline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zhHant("""
                中塔遠程醫療合作邁出新步伐
                2026-03-02 09:15  來源：東方財經報
                本報訊（記者 何嘉欣）塔吉克斯坦衛生部與多家中國醫院日前簽署合作協議，將在杜尚別設立遠程會診中心，首批接入十家基層醫院。
                """));
        assertEquals("中塔遠程醫療合作邁出新步伐", found.title());
        assertEquals("東方財經報", found.publisher());
        assertEquals(List.of("何嘉欣"), found.reporters());
    }
}
