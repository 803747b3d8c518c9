package io.scofacts.core.extract.ner;

import static io.scofacts.core.extract.WholeExtractor.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PersonFact;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole extractor on Russian sentences written for this test: names found by the trained
 * tagger with no title, speech verb or head noun beside them, judged by the recognisers, and
 * the case forms and short forms of one name kept as one item.
 */
class RussianNamesWithoutCuesTest {

    private static Optional<PersonFact> person(FactSheet sheet, String name) {
        return sheet.people().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static List<String> written(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void peopleNeedNoTitleOrSpeechVerb() {
        String text = "Вчера Анна Смирнова и Олег Кузнецов открыли в Новосибирске выставку молодых художников. "
                + "Экспозиция продлится до конца месяца.";
        FactSheet sheet = sheet(text);
        assertTrue(person(sheet, "Анна Смирнова").isPresent(), sheet.people().toString());
        assertTrue(person(sheet, "Олег Кузнецов").isPresent(), sheet.people().toString());
    }

    @Test
    void caseFormsOfOneNameAreOnePerson() {
        String text = "Борис Ельцин прилетел в Омск в понедельник. Ельцина встречали жители города, "
                + "а с Ельциным беседовали фермеры. О Ельцине писали все газеты.";
        FactSheet sheet = sheet(text);
        PersonFact boris = person(sheet, "Борис Ельцин").orElseThrow(() -> new AssertionError(sheet.people()));
        assertEquals(List.of("Борис Ельцин", "Ельцина", "Ельциным", "Ельцине"), written(text, boris.mentions()));
        assertEquals(1, sheet.people().size(), sheet.people().toString());
    }

    @Test
    void aSurnameAloneAfterTheFullNameIsALaterMentionInAnyOrder() {
        String text = "На заводе побывал губернатор области Игорь Васильев. "
                + "Васильев осмотрел новые цеха, затем журналисты спросили Васильева о планах.";
        FactSheet sheet = sheet(text);
        PersonFact igor = person(sheet, "Игорь Васильев").orElseThrow(() -> new AssertionError(sheet.people()));
        assertEquals(3, igor.mentions().size(), igor.toString());
        assertFalse(person(sheet, "Васильев").isPresent());
    }

    @Test
    void anUnlistedTownInAnyCaseIsOnePlace() {
        String text = "Новый завод построят в городе Каменск-Шахтинский. Жители Каменск-Шахтинского "
                + "надеются, что там появится тысяча рабочих мест.";
        FactSheet sheet = sheet(text);
        assertTrue(sheet.places().stream().anyMatch(p -> p.name().startsWith("Каменск-Шахтинск")
                && p.mentions().size() == 2), sheet.places().toString());
    }

    @Test
    void aBrandInLatinLettersIsAnOrganisationWithoutItsKindWord() {
        String text = "Договор с компанией Huawei подписали вчера в Ташкенте, сообщили в министерстве. "
                + "Работы начнутся весной.";
        FactSheet sheet = sheet(text);
        assertTrue(sheet.organizations().stream().anyMatch(o -> o.name().equals("Huawei")),
                sheet.organizations().toString());
    }

    @Test
    void caseFormsOfAnOrganisationAreOneOrganisation() {
        String text = "Министерство цифрового развития объявило конкурс. Заявки принимают специалисты "
                + "Министерства цифрового развития до пятницы.";
        FactSheet sheet = sheet(text);
        assertEquals(1, sheet.organizations().stream().filter(o -> o.name().contains("цифрового развития")).count(),
                sheet.organizations().toString());
        assertEquals(2, sheet.organizations().get(0).mentions().size(), sheet.organizations().toString());
    }

    @Test
    void commonWordsAtTheStartOfASentenceAreNoNames() {
        String text = "Спасибо всем, кто пришёл. Положительная динамика сохраняется третий месяц подряд, "
                + "сообщили в федеральном правительстве.";
        FactSheet sheet = sheet(text);
        assertTrue(sheet.people().isEmpty(), sheet.people().toString());
        assertTrue(sheet.organizations().isEmpty(), sheet.organizations().toString());
    }
}
