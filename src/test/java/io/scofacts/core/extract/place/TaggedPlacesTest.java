package io.scofacts.core.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The judge of the tagger's locations, given the candidates a tagger might propose. */
class TaggedPlacesTest {

    @Test
    void anAdjectiveEndingANameTakesThePlaceNounAfterIt() {
        String text = "Новый завод построят в Приволжском федеральном округе к осени.";
        assertEquals(List.of("Приволжском федеральном округе"),
                written(text, location(text, "Приволжском федеральном")));
    }

    @Test
    void anAdjectiveWithoutAPlaceNounIsNoPlace() {
        String text = "Директор Тульской оружейной фабрики и глава Итальянской торговой палаты встретились.";
        assertEquals(List.of(), written(text, location(text, "Тульской оружейной"), location(text, "Итальянской")));
    }

    @Test
    void aWordNamingAPersonIsNoPlaceUnlessAPlaceNounIntroducesIt() {
        String text = "Журналисты ждали решения суда. Прокурор отказался говорить. "
                + "Позже суд прошёл в городе Пеликан, а делегацию встретили в Орле.";
        assertEquals(List.of("Пеликан", "Орле"),
                written(text, location(text, "Прокурор"), location(text, "Пеликан"), location(text, "Орле")));
    }

    @Test
    void anOrdinaryWordCapitalisedOnlyWhereASentenceStartsIsNoPlace() {
        String text = "Стороны подписали документы.\nСоглашение о поставках зерна вступит в силу в мае. "
                + "Делегация посетила Карамай.";
        assertEquals(List.of("Карамай"), written(text, location(text, "Соглашение"), location(text, "Карамай")));
    }

    @Test
    void aCaseFormOfAPersonsSurnameIsThatPerson() {
        String text = "Тренер Мартин Шмальц покинул клуб. Болельщики считают, что Шмальца уволили зря, "
                + "а футболисты уедут в Шмальцбург.";
        assertEquals(List.of("Шмальцбург"), written(text, person(text, "Мартин Шмальц"), location(text, "Шмальца"),
                location(text, "Шмальцбург")));
    }

    @Test
    void aPhraseTaggedAsAPersonGivesNoSurname() {
        String text = "Совет Дальнегорска заседал весь день; жители Дальнегорска ждали решения.";
        assertEquals(List.of("Дальнегорска"), written(text, person(text, "Совет Дальнегорска"),
                location(text, "Дальнегорска", text.lastIndexOf("Дальнегорска"))));
    }

    private static List<String> written(String text, NameCandidate... candidates) {
        AnalyzedArticle article = TestArticles.ru(text);
        Findings findings = new Findings();
        for (NameCandidate candidate : candidates) {
            findings.addNameCandidate(candidate);
        }
        new TaggedPlaces().recognize(article, findings);
        return findings.places().stream().map(p -> text.substring(p.span().start(), p.span().end())).toList();
    }

    private static NameCandidate location(String text, String name) {
        return location(text, name, text.indexOf(name));
    }

    private static NameCandidate location(String text, String name, int at) {
        return new NameCandidate(NameCandidate.Kind.LOCATION, new Span(at, at + name.length()));
    }

    private static NameCandidate person(String text, String name) {
        int at = text.indexOf(name);
        return new NameCandidate(NameCandidate.Kind.PERSON, new Span(at, at + name.length()));
    }
}
