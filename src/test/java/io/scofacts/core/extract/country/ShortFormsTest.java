package io.scofacts.core.extract.country;

import static io.scofacts.core.extract.TestArticles.zh;
import static io.scofacts.core.extract.TestArticles.zhHant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortFormsTest {

    @Test
    void bilateralPairBeforeFollowerWord() {
        // 俄国 + 际 reads as 俄 + 国际: the pair stays a pair
        assertEquals(List.of("CN:中", "RU:俄"), CountryFinds.in(zh("中俄国际数据通道项目顺利推进")));
        assertEquals(List.of("CN:中", "UZ:乌"), CountryFinds.in(zh("双方表示将推动中乌合作提质增效")));
        assertEquals(List.of("CN:中", "KZ:哈"), CountryFinds.in(zh("中哈数字技术培训基地正式揭牌")));
        assertEquals(List.of("CN:中", "TJ:塔"), CountryFinds.in(zh("中塔两国签署数字医疗合作备忘录")));
        assertEquals(List.of("CN:中", "PK:巴"), CountryFinds.in(zh("中巴经济走廊建设稳步推进")));
        assertEquals(List.of("CN:中", "TM:土"), CountryFinds.in(zh("中土天然气管道运行平稳")));
        assertEquals(List.of("CN:中", "BY:白"), CountryFinds.in(zh("中白工业园新入驻企业十余家")));
    }

    @Test
    void eachCharacterOfARunIsItsOwnMentionWithItsOwnSpan() {
        List<CountryMention> mentions = CountryFinds.mentions(zh("中吉乌铁路项目进展顺利"));
        assertEquals(List.of("CN", "KG", "UZ"), mentions.stream().map(CountryMention::code).toList());
        assertEquals(List.of(new Span(0, 1), new Span(1, 2), new Span(2, 3)),
                mentions.stream().map(CountryMention::span).toList());
        assertEquals(List.of("CN:中", "MN:蒙", "RU:俄"), CountryFinds.in(zh("中蒙俄经济走廊")));
    }

    @Test
    void countryBeforeChina() {
        assertEquals(List.of("KZ:哈", "CN:中"), CountryFinds.in(zh("托卡耶夫表示，哈中关系处于历史最好时期")));
        assertEquals(List.of("RU:俄", "CN:中"), CountryFinds.in(zh("俄中贸易额再创新高")));
    }

    @Test
    void listOfPairsSeparatedByEnumerationComma() {
        assertEquals(List.of("CN:中", "RU:俄", "CN:中", "KZ:哈"), CountryFinds.in(zh("中俄、中哈合作不断深化")));
        assertEquals(List.of("CN:中", "UZ:乌", "CN:中", "KG:吉"), CountryFinds.in(zh("中乌和中吉两国元首")));
    }

    @Test
    void sideForms() {
        assertEquals(List.of("UZ:乌方", "CN:中方"), CountryFinds.in(zh("乌方高度评价，中方愿同各方一道努力")));
        assertEquals(List.of("RU:俄方", "KZ:哈方"), CountryFinds.in(zh("俄方和哈方代表也出席了会议")));
        assertEquals(List.of("RU:俄方"), CountryFinds.in(zh("在这一过程中俄方发挥了重要作用")));
        assertEquals(List.of("JP:日方"), CountryFinds.in(zh("会谈中日方提出新建议")));
    }

    @Test
    void traditionalScriptShortForms() {
        assertEquals(List.of("CN:中", "UZ:烏", "CN:中", "KZ:哈"), CountryFinds.in(zhHant("中烏合作與中哈關係持續發展")));
        assertEquals(List.of("UZ:烏方", "CN:中方"), CountryFinds.in(zhHant("烏方表示願與中方深化數字經濟合作")));
        assertEquals(List.of("CN:中", "KG:吉", "UZ:烏"), CountryFinds.in(zhHant("中吉烏鐵路項目")));
    }

    @Test
    void postpositionZhongIsNotChina() {
        assertEquals(List.of(), CountryFinds.in(zh("两国关系在合作中日益深化")));
        assertEquals(List.of(), CountryFinds.in(zh("在实践中美好愿景逐步落地")));
        assertEquals(List.of(), CountryFinds.in(zh("在发展中越来越重视数字人才")));
        assertEquals(List.of(), CountryFinds.in(zh("在建设过程中马上就遇到了困难")));
        assertEquals(List.of(), CountryFinds.in(zh("报告中土地资源一项数据有误")));
        assertEquals(List.of(), CountryFinds.in(zh("项目实施中印发了管理办法")));
        assertEquals(List.of(), CountryFinds.in(zh("在交流中朝着共同目标迈进")));
        assertEquals(List.of(), CountryFinds.in(zh("工作中白天黑夜连轴转")));
        assertEquals(List.of(), CountryFinds.in(zh("心中美景，空中乌云")));
        assertEquals(List.of(), CountryFinds.in(zh("在田间地头的实践中土专家作用明显")));
        assertEquals(List.of("CN:中", "RU:俄"), CountryFinds.in(zh("当日中俄两国元首通电话")));
    }

    @Test
    void wordsThatStartWithAShortFormPairAreNotPairs() {
        assertEquals(List.of(), CountryFinds.in(zh("中老年群体数字素养提升")));
        assertEquals(List.of(), CountryFinds.in(zh("中新社北京7月10日电")));
        assertEquals(List.of(), CountryFinds.in(zh("中新网消息")));
        assertEquals(List.of(), CountryFinds.in(zh("据朝中社报道")));
        assertEquals(List.of(), CountryFinds.in(zh("乘坐中巴车前往巴中市")));
        assertEquals(List.of(), CountryFinds.in(zh("新中国成立以来中亚和中东局势")).stream()
                .filter(c -> !c.equals("CN:中国")).toList());
        assertEquals(List.of(), CountryFinds.in(zh("中英文双语版本同步发布")));
    }

    @Test
    void pairLeadingTheHeadOfACooperationNameAFewCharactersAway() {
        assertEquals(List.of("CN:中", "TJ:塔"), CountryFinds.in(zh("其中，中塔远程医疗合作项目进展顺利")));
        assertEquals(List.of("CN:中", "BY:白"), CountryFinds.in(zh("“中白工业园智能制造平台”入选")));
        assertEquals(List.of(), CountryFinds.in(zh("在推进过程中土地流转合作稳步开展")));
        assertEquals(List.of(), CountryFinds.in(zh("中塔的远程医疗合作")));
    }

    @Test
    void pairWithoutAFollowerIsNotRead() {
        assertEquals(List.of(), CountryFinds.in(zh("其中乌龟和哈哈镜")));
        assertEquals(List.of(), CountryFinds.in(zh("打中美人鱼的尾巴")));
        assertEquals(List.of(), CountryFinds.in(zh("中乌")));
    }

    @Test
    void sideWordsThatAreOtherWords() {
        assertEquals(List.of(), CountryFinds.in(zh("采用新方法、新方案和新方式")));
        assertEquals(List.of(), CountryFinds.in(zh("其中方案一已经实施")));
        assertEquals(List.of(), CountryFinds.in(zh("土方工程量较大")));
        assertEquals(List.of(), CountryFinds.in(zh("集中方式处理，老方法不再适用")));
        assertEquals(List.of(), CountryFinds.in(zh("在推进过程中方向始终明确")));
        assertEquals(List.of(), CountryFinds.in(zh("7月16日方案出台")));
        assertEquals(List.of(), CountryFinds.in(zh("事业发展如日方升")));
    }

    @Test
    void dayOfDateIsNotJapanInAPair() {
        assertEquals(List.of("CN:中", "RU:俄"), CountryFinds.in(zh("7月16日中俄两国元首通电话")));
    }

    @Test
    void fullNameIsNotReadAsShortForms() {
        assertEquals(List.of("UZ:乌兹别克斯坦"), CountryFinds.in(zh("其中乌兹别克斯坦占比最高")));
        assertEquals(List.of("UA:乌克兰"), CountryFinds.in(zh("在会谈中乌克兰代表发言")));
    }
}
