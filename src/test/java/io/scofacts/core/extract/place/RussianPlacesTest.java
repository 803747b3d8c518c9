package io.scofacts.core.extract.place;

import static io.scofacts.core.extract.place.PlaceFinds.assertNames;
import static io.scofacts.core.extract.place.PlaceFinds.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class RussianPlacesTest {

    @Test
    void caseFormsReportTheNominative() {
        assertEquals(List.of("Ташкент/UZ@Ташкенте", "Алматы/KZ@Алматы", "Санкт-Петербург/RU@Санкт-Петербурге"),
                described(TestArticles.ru("Форум прошел в Ташкенте, а делегации из Алматы и Санкт-Петербурге обсудили ИИ.")));
    }

    @Test
    void regionsDeclineAdjectiveAndNounTogether() {
        // a name of several words is reported as the story first writes it, every case form under it
        assertEquals(List.of("Наманганской области/UZ@Наманганской области", "Наманганской области/UZ@Наманганская область"),
                described(TestArticles.ru("Текстильный кластер открыли в Наманганской области. "
                        + "Наманганская область ждёт новых инвесторов.")));
    }

    @Test
    void feminineAndSoftEndings() {
        assertNames(TestArticles.ru("Делегации Москвы, Тяньцзиня и Казани прибыли в Шанхай."),
                "Москва", "Тяньцзинь", "Казань", "Шанхай");
    }

    @Test
    void yoIsReadAsYe() {
        assertNames(TestArticles.ru("Завод в Могилёве запустил линию."), "Могилев");
    }

    @Test
    void adjectivesMadeFromAPlaceNameAreNotThePlace() {
        assertNames(TestArticles.ru("Ташкентский университет и шанхайская биржа подписали меморандум."));
    }

    @Test
    void autonomousRegionDeclinesAsOneName() {
        assertNames(TestArticles.ru("Инвесторы из Синьцзян-Уйгурского автономного района приехали в Бишкек."),
                "Синьцзян-Уйгурского автономного района", "Бишкек");
    }

    @Test
    void knownRegionInAFormTheGazetteerLacksKeepsItsCountry() {
        assertEquals(List.of("Ферганская область/UZ@Ферганской областей"),
                described(TestArticles.ru("Компании Наманганской и Ферганской областей подписали соглашения.")));
    }
}
