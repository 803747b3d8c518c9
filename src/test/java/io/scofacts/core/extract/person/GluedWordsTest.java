package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PersonMention;
import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A word's head glued to a name that the story writes without it elsewhere is cut off. */
class GluedWordsTest {

    private static final PersonRecognizer PEOPLE = new PersonRecognizer();

    private static List<String> people(AnalyzedArticle article) {
        Findings findings = new Findings();
        PEOPLE.recognize(article, findings);
        return findings.people().stream().map(PersonMention::name).distinct().toList();
    }

    @Test
    void anAdverbAfterATransliteratedName() {
        assertEquals(List.of("纳扎尔巴耶娃"), people(TestArticles.zh(
                "纳扎尔巴耶娃指出，两国数字合作稳步推进。\n纳扎尔巴耶娃特别提到，双方将共建数据中心。")));
    }

    @Test
    void aTimeWordAfterAName() {
        assertEquals(List.of("于文涛"), people(TestArticles.zhHant(
                "中國駐吉爾吉斯斯坦大使于文涛近日在比什凱克接受採訪。于文涛表示，合作成果豐碩。")));
    }

    @Test
    void aNameThatEndsInSuchACharStaysWhole() {
        // no shorter form of this name in the story: nothing to cut back to
        List<String> found = people(TestArticles.zh("大使王特别会见了代表团。"));
        assertEquals(false, found.contains("王"));
    }
    @Test
    void aDottedNameIsReadToItsLastPart() {
        List<String> found = people(TestArticles.zh("自治区副主席阿布都克里木江·吐尔逊,委员会副秘书长王海出席活动。"));
        assertEquals(true, found.contains("阿布都克里木江·吐尔逊"), found.toString());
        assertEquals(false, found.stream().anyMatch(n -> n.startsWith("阿布都") && !n.contains("·")), found.toString());
    }
}
