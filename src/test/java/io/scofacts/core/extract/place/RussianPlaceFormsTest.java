package io.scofacts.core.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RussianPlaceFormsTest {

    @Test
    void consonantNoun() {
        assertTrue(RussianPlaceForms.forms("Ташкент").containsAll(Set.of("Ташкента", "Ташкенту", "Ташкентом", "Ташкенте")));
    }

    @Test
    void hyphenatedNameDeclinesItsLastPart() {
        assertTrue(RussianPlaceForms.forms("Санкт-Петербург").contains("Санкт-Петербурге"));
        assertTrue(RussianPlaceForms.forms("Алма-Ата").contains("Алма-Аты"));
    }

    @Test
    void namesEndingInOtherVowelsDoNotDecline() {
        assertEquals(Set.of("Алматы"), RussianPlaceForms.forms("Алматы"));
        assertEquals(Set.of("Душанбе"), RussianPlaceForms.forms("Душанбе"));
        assertEquals(Set.of("СУАР"), RussianPlaceForms.forms("СУАР"));
    }

    @Test
    void adjectiveBeforeItsHeadNounDeclinesWithIt() {
        Set<String> forms = RussianPlaceForms.forms("Нижний Новгород");
        assertTrue(forms.containsAll(Set.of("Нижнего Новгорода", "Нижнем Новгороде")), forms.toString());
        assertTrue(RussianPlaceForms.forms("Внутренняя Монголия").contains("Внутренней Монголии"));
    }

    @Test
    void wordsAfterTheHeadNounStay() {
        assertTrue(RussianPlaceForms.forms("Республика Татарстан").contains("Республике Татарстан"));
    }

    @Test
    void softSignNounsTakeBothGenders() {
        Set<String> forms = RussianPlaceForms.forms("Тяньцзинь");
        assertTrue(forms.containsAll(Set.of("Тяньцзиня", "Тяньцзине")));
        assertTrue(RussianPlaceForms.forms("Казань").contains("Казани"));
    }
}
