package io.scofacts.core.extract.quote;

import static io.scofacts.core.extract.quote.QuoteAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;

/** Reporting verbs the lexicon once lacked: written, noted in passing, given as an example. */
class MoreSpeechVerbsTest {

    @Test
    void russianWrittenAndRemarked() {
        assertEquals("Айгуль Сеитова: Платформа уже связала сто компаний", summary(TestArticles.ru(
                "«Платформа уже связала сто компаний», — написала Айгуль Сеитова в своем блоге.")));
        assertEquals("Павел Гринев: Спрос растет каждый месяц", summary(TestArticles.ru(
                "«Спрос растет каждый месяц», — заметил Павел Гринев.")));
    }

    @Test
    void englishParticipleAfterAQuote() {
        assertEquals("Lin Hao: Every border post will be online by June,", summary(TestArticles.en(
                "\"Every border post will be online by June,\" Lin Hao said, adding that the pilot was over. "
                        + "Later he repeated it, noting: \"Every border post will be online by June.\"")).split(" \\| ")[0]);
    }

    @Test
    void chineseSpeakerGivingAnExample() {
        assertEquals("王立新: 一个集装箱的通关时间从两天缩短到两小时。", summary(TestArticles.zh(
                "海关总署副署长王立新举例称：“一个集装箱的通关时间从两天缩短到两小时。”")));
    }
}
