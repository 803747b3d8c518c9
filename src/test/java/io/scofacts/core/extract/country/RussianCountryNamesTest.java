package io.scofacts.core.extract.country;

import static io.scofacts.core.extract.TestArticles.ru;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianCountryNamesTest {

    @Test
    void inflectedFormsOfCentralAsianNames() {
        assertEquals(List.of("KZ:Казахстана", "UZ:Узбекистаном", "TJ:Таджикистане", "TM:Туркменистану", "KG:Киргизии"),
                CountryFinds.in(ru("Делегация Казахстана вместе с Узбекистаном обсудила проекты в Таджикистане, "
                        + "Туркменистану и Киргизии предложено присоединиться.")));
        assertEquals(List.of("KG:Кыргызстана", "KG:Кыргызской Республикой"),
                CountryFinds.in(ru("Министр Кыргызстана подписал соглашение с Кыргызской Республикой.")));
    }

    @Test
    void inflectedFormsOfFeminineAndSoftNames() {
        assertEquals(List.of("RU:России", "IN:Индией", "MN:Монголией", "BY:Беларусью", "BY:Белоруссию"),
                CountryFinds.in(ru("Президент России провел переговоры с Индией; соглашения с Монголией и Беларусью "
                        + "подписаны, визит в Белоруссию запланирован.")));
        assertEquals(List.of("RU:Россией", "IN:Индию"), CountryFinds.in(ru("Сотрудничество с Россией, поставки в Индию.")));
        assertEquals(List.of("CN:Китая", "CN:Китаем", "CN:Китае", "CN:Китаю"),
                CountryFinds.in(ru("Из Китая, с Китаем, в Китае, Китаю.")));
        assertEquals(List.of("KH:Камбоджей", "IL:Израиле", "PH:Филиппинах"),
                CountryFinds.in(ru("с Камбоджей, в Израиле и на Филиппинах")));
    }

    @Test
    void multiWordNamesDeclineAdjectivesWithTheirNoun() {
        assertEquals(List.of("SA:Саудовской Аравии", "US:Соединенных Штатов", "CN:Китайской Народной Республики",
                "KR:Республики Корея", "KR:Южной Кореи", "RU:Российской Федерацией"),
                CountryFinds.in(ru("Представители Саудовской Аравии, Соединенных Штатов, Китайской Народной Республики, "
                        + "Республики Корея, Южной Кореи и с Российской Федерацией.")));
    }

    @Test
    void yoIsReadAsYe() {
        assertEquals(List.of("US:Соединённых Штатов Америки"),
                CountryFinds.in(ru("посол Соединённых Штатов Америки")));
    }

    @Test
    void abbreviationsAndIndeclinableNames() {
        assertEquals(List.of("US:США", "CN:КНР", "RU:РФ", "ML:Мали", "PE:Перу"),
                CountryFinds.in(ru("США, КНР и РФ, а также Мали и Перу.")));
    }

    @Test
    void wordBoundaryAfterTheEndingIsRequired() {
        assertEquals(List.of(), CountryFinds.in(ru("китайский и Китайский рынок, Индиана, Иранистика, Казахстанский")));
        assertEquals(List.of(), CountryFinds.in(ru("Того же мнения придерживаются эксперты.")));
    }
}
