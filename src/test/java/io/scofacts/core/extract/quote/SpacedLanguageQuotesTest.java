package io.scofacts.core.extract.quote;

import static io.scofacts.core.extract.quote.QuoteAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;

class SpacedLanguageQuotesTest {

    @Test
    void englishSpeakerAfterTheQuote() {
        assertEquals("Aigerim Nurlanova: Our data centres are ready to serve the whole region,",
                summary(TestArticles.en("\"Our data centres are ready to serve the whole region,\" said Aigerim Nurlanova.")));
        assertEquals("Ivan Petrov: The corridor cut delivery times by half.",
                summary(TestArticles.en("“The corridor cut delivery times by half.” Deputy Minister Ivan Petrov said.")));
    }

    @Test
    void englishAppositionBetweenNameAndVerb() {
        assertEquals("Li Wei: We see demand growing every quarter,", summary(TestArticles.en(
                "\"We see demand growing every quarter,\" Li Wei, chief executive of a Tianjin logistics firm, said.")));
    }

    @Test
    void englishAppositionBeforeTheQuoteAndAWeekdayAfterTheVerb() {
        assertEquals("Zhang Ming: Cooperation is our shared choice.", summary(TestArticles.en(
                "Zhang Ming, Secretary-General of the SCO, said on Tuesday: \"Cooperation is our shared choice.\"")));
    }

    @Test
    void englishAcronymBeforeATitle() {
        assertEquals("Zhang Ming: It is a milestone for us all,", summary(TestArticles.en(
                "\"It is a milestone for us all,\" SCO Secretary-General Zhang Ming said.")));
    }

    @Test
    void englishSpeakerBeforeTheQuote() {
        assertEquals("Rustam Karimov: Digital skills are the new infrastructure.", summary(TestArticles.en(
                "Uzbekistan's Deputy Minister Rustam Karimov said: \"Digital skills are the new infrastructure.\"")));
        assertEquals("Rustam Karimov: Digital skills are the new infrastructure.", summary(TestArticles.en(
                "According to Rustam Karimov, \"Digital skills are the new infrastructure.\"")));
    }

    @Test
    void englishPronounAndSurnameResolveToTheFullName() {
        assertEquals("Maria Lopez: Payments now clear in seconds, | Maria Lopez: That changes everything for small traders, "
                        + "| Maria Lopez: We expect volumes to double,",
                summary(TestArticles.en("\"Payments now clear in seconds,\" Maria Lopez said. \"That changes everything for "
                        + "small traders,\" she added. \"We expect volumes to double,\" Lopez said.")));
    }

    @Test
    void englishSurnameWithoutAnEarlierFullNameIsSkipped() {
        assertEquals("", summary(TestArticles.en("\"We expect volumes to double,\" Lopez said.")));
    }

    @Test
    void englishSplitQuote() {
        assertEquals("Chen Jie: The platform is open, | Chen Jie: and anyone can join it.", summary(TestArticles.en(
                "\"The platform is open,\" said Chen Jie, \"and anyone can join it.\"")));
    }

    @Test
    void russianDashAttributionAfterTheQuote() {
        assertEquals("Айгерим Нурланова: Мы готовы расширять сотрудничество с Китаем", summary(TestArticles.ru(
                "«Мы готовы расширять сотрудничество с Китаем», — сказала Айгерим Нурланова.")));
        assertEquals("Иван Петров: Цифровые платформы сокращают сроки поставок", summary(TestArticles.ru(
                "«Цифровые платформы сокращают сроки поставок», — отметил заместитель министра цифрового развития "
                        + "Казахстана Иван Петров.")));
    }

    @Test
    void russianSpeakerBeforeTheQuote() {
        assertEquals("Ольга Смирнова: Спрос на облачные услуги растет каждый год.", summary(TestArticles.ru(
                "Эксперт Ольга Смирнова заявила: «Спрос на облачные услуги растет каждый год.»")));
        assertEquals("Олег Иванович Кузнецов: Проект окупится за пять лет.", summary(TestArticles.ru(
                "Как подчеркнул Олег Иванович Кузнецов, «Проект окупится за пять лет.»")));
    }

    @Test
    void russianAccordingToWithALongAffiliation() {
        assertEquals("Жаслана Мадиева: сеть уже работает по всей стране", summary(TestArticles.ru(
                "По словам министра цифрового развития Казахстана Жаслана Мадиева, «сеть уже работает по всей стране».")));
    }

    @Test
    void russianNameAndColonWithoutAVerb() {
        assertEquals("Иван Петров: Мы открываем новый маршрут.", summary(TestArticles.ru(
                "Переговоры завершились.\nИван Петров: «Мы открываем новый маршрут.»")));
        assertEquals("", summary(TestArticles.ru("В документе сказано следующее: «Стороны открывают новый маршрут.»")));
    }

    @Test
    void russianPronoun() {
        assertEquals("Айгерим Нурланова: Мы готовы расширять сотрудничество | Айгерим Нурланова: Первые проекты стартуют осенью",
                summary(TestArticles.ru("«Мы готовы расширять сотрудничество», — сказала Айгерим Нурланова. "
                        + "«Первые проекты стартуют осенью», — добавила она.")));
    }

    @Test
    void russianNestedQuotesStayInside() {
        assertEquals("Иван Петров: Программа «Цифровой Шелковый путь» уже работает",
                summary(TestArticles.ru("«Программа «Цифровой Шелковый путь» уже работает», — сказал Иван Петров.")));
    }
}
