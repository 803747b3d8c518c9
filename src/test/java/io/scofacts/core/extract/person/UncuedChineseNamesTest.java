package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PersonMention;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.extract.country.CountryRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese names found without a title or speech verb beside them, and the words that are not names. */
class UncuedChineseNamesTest {

    private static final PersonRecognizer PEOPLE = new PersonRecognizer();
    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();

    private static List<String> names(String text) {
        Findings findings = new Findings();
        var article = TestArticles.zh(text);
        COUNTRIES.recognize(article, findings);
        PEOPLE.recognize(article, findings);
        return findings.people().stream().map(PersonMention::name).distinct().toList();
    }

    @Test
    void aNameWithNoCueBesideIt() {
        assertEquals(List.of("郑晓梅"), names("展会开幕当天,郑晓梅早早来到展台前,向客商介绍新款智能终端。"));
    }

    @Test
    void aNameRepeatedInTheStory() {
        assertTrue(names("这家企业由孟庆林创办。十年来,孟庆林带领团队开拓中亚市场。").contains("孟庆林"));
    }

    @Test
    void aTitleCueLetsTheLatticeDrawTheBoundary() {
        assertEquals(List.of("吴方平"), names("县长吴方平分管数字经济工作,多次到企业调研。"));
    }

    @Test
    void ordinaryWordsThatStartWithASurnameAreNoNames() {
        assertEquals(List.of(), names("双方高度重视数字经济合作,将继续加强政策沟通,马上启动新一轮磋商。"));
        assertEquals(List.of(), names("全县已种植苹果30万亩,覆盖周边十余个乡镇。"));
        assertEquals(List.of(), names("各地企业纷纷学习邯钢经验,推动管理创新。"));
    }

    @Test
    void wordsAfterATitleAreNoName() {
        List<String> found = names("发布会上,部长回答了记者提问。轮值主席国期间,中方举办了多场活动。");
        assertFalse(found.contains("提问"), found::toString);
        assertFalse(found.stream().anyMatch(n -> n.contains("期间")), found::toString);
    }

    @Test
    void piecesOfForeignNamesAreNoChineseNames() {
        List<String> found = names("德国队主帅克林斯曼表示,球队已做好准备。");
        assertFalse(found.contains("林斯曼"), found::toString);
    }
}
