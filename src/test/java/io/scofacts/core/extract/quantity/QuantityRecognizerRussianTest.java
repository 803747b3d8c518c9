package io.scofacts.core.extract.quantity;

import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertFigure;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertNone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRecognizerRussianTest {

    @Test
    void moneyWithDecimalCommaAndScaleWords() {
        AnalyzedArticle a = TestArticles.ru("Общая сумма соглашений составила 1,35 млрд юаней, кроме того, "
                + "банк выделит 250 млн. долларов, 3,2 млрд рублей и 40 млрд тенге, а также 900 млрд сумов.");
        assertFigure(a, "1,35 млрд юаней", 1_350_000_000L, "CNY", "exact");
        assertFigure(a, "250 млн. долларов", 250_000_000L, "USD", "exact");
        assertFigure(a, "3,2 млрд рублей", 3_200_000_000L, "RUB", "exact");
        assertFigure(a, "40 млрд тенге", 40_000_000_000L, "KZT", "exact");
        assertFigure(a, "900 млрд сумов", 900_000_000_000L, "UZS", "exact");
    }

    @Test
    void everySCOStatesCurrencyIsMoneyAndAWordThatOnlyStartsLikeOneIsNot() {
        AnalyzedArticle a = TestArticles.ru("Школа обойдётся в 2,4 миллиарда сомов, Душанбе добавит 150 млн сомони, "
                + "индийская сторона — 900 млн рупий. Эксперты сомневаются, 2 сомнения остаются.");
        assertFigure(a, "2,4 миллиарда сомов", 2_400_000_000L, "other", "exact");
        assertFigure(a, "150 млн сомони", 150_000_000L, "other", "exact");
        assertFigure(a, "900 млн рупий", 900_000_000L, "other", "exact");
        assertEquals(0, QuantityTestSupport.figures(a).stream().filter(f -> f.text().contains("сомнен")).count(),
                "сомнения starts like сом but is no currency");
        assertFigure(TestArticles.ru("За полгода через границу прошло более 300 тонн грузов по дороге длиной 42 километра."),
                "более 300 тонн", 300L, "other", "over");
    }

    @Test
    void countsPercentagesCapacityAndDurations() {
        AnalyzedArticle a = TestArticles.ru("В форуме приняли участие 1 500 человек из 20 стран, представлены "
                + "45 компаний и 18 проектов. Проникновение интернета выросло до 72,4 %, мощность станции "
                + "составит 300 МВт, обучение продлится 3 года, а 15 тыс. специалистов пройдут стажировку за 10 дней.");
        assertFigure(a, "1 500 человек", 1500L, "person", "exact");
        assertFigure(a, "20 стран", 20L, "country", "exact");
        assertFigure(a, "45 компаний", 45L, "organization", "exact");
        assertFigure(a, "18 проектов", 18L, "project", "exact");
        assertFigure(a, "72,4 %", 72.4, "percent", "exact");
        assertFigure(a, "300 МВт", 300L, "MW", "exact");
        assertFigure(a, "3 года", 3L, "year", "exact");
        assertFigure(a, "15 тыс. специалистов", 15_000L, "person", "exact");
        assertFigure(a, "10 дней", 10L, "day", "exact");
    }

    @ParameterizedTest
    @CsvSource({
        "более 60, over", "свыше 60, over", "превысило 60, over", "больше 60, over", "не менее 60, over",
        "около 60, about", "почти 60, about", "примерно 60, about",
        "менее 60, under", "меньше 60, under", "60, exact"
    })
    void everyApproximationWord(String figure, String approx) {
        AnalyzedArticle a = TestArticles.ru("В программе участвуют " + figure + " студентов.");
        assertFigure(a, figure + " студентов", 60L, "person", approx);
    }

    @Test
    void russianDatesAndYearsAreNoQuantities() {
        assertNone(TestArticles.ru("Форум прошёл 10 июля 2025 г. в Тяньцзине, в 2025 году, 16.07.2025."));
    }
}
