package io.scofacts.core.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.EventFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Russian event's name goes on in the genitive only: a word in no genitive form ends it. */
class GenitiveChainTest {

    @Test
    void aWordInNoGenitiveFormEndsTheName() {
        List<String> names = names("На заседании совета министров торговли стран ШОС узбекский министр Лазиз Кудратов"
                + " предложил новый план. На заседание приглашены Президент Монголии Ухнаа Хурэлсух и другие гости.");
        assertTrue(names.contains("заседании совета министров торговли стран ШОС"), names.toString());
        for (String name : names) {
            assertTrue(!name.contains("министр Лазиз") && !name.contains("приглашены"), names.toString());
        }
    }

    @Test
    void anOfficialGenitiveChainStaysWhole() {
        List<String> names = names("В Пекине состоялось Совещание руководителей министерств и ведомств государств-членов"
                + " Шанхайской организации сотрудничества.");
        assertEquals(List.of("Совещание руководителей министерств и ведомств государств-членов Шанхайской организации"
                + " сотрудничества"), names);
    }

    private static List<String> names(String text) {
        return WholeExtractor.sheet(text).events().stream().map(EventFact::name).toList();
    }
}
