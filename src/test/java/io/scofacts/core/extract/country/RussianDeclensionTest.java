package io.scofacts.core.extract.country;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RussianDeclensionTest {

    @Test
    void masculineConsonantFinal() {
        assertTrue(RussianDeclension.forms("Казахстан").containsAll(
                Set.of("Казахстан", "Казахстана", "Казахстану", "Казахстаном", "Казахстане")));
    }

    @Test
    void feminineIya() {
        assertTrue(RussianDeclension.forms("Россия").containsAll(Set.of("России", "Россию", "Россией")));
    }

    @Test
    void feminineAWithVelarStem() {
        Set<String> forms = RussianDeclension.forms("Ямайка");
        assertTrue(forms.containsAll(Set.of("Ямайки", "Ямайке", "Ямайку", "Ямайкой")), forms.toString());
        assertFalse(forms.contains("Ямайкы"));
    }

    @Test
    void softSignEitherGender() {
        assertTrue(RussianDeclension.forms("Израиль").containsAll(Set.of("Израиля", "Израилем", "Израиле")));
        assertTrue(RussianDeclension.forms("Беларусь").containsAll(Set.of("Беларуси", "Беларусью")));
    }

    @Test
    void indeclinableNamesKeepOneForm() {
        assertTrue(RussianDeclension.forms("Перу").equals(Set.of("Перу")));
        assertTrue(RussianDeclension.forms("США").equals(Set.of("США")));
        assertTrue(RussianDeclension.forms("Того").equals(Set.of("Того")));
        assertTrue(RussianDeclension.forms("Никарагуа").equals(Set.of("Никарагуа")));
    }

    @Test
    void hyphenatedNames() {
        assertTrue(RussianDeclension.forms("Шри-Ланка").contains("Шри-Ланки"));
        assertTrue(RussianDeclension.forms("Гвинея-Бисау").contains("Гвинеи-Бисау"));
        assertTrue(RussianDeclension.forms("Южно-Африканская Республика").contains("Южно-Африканской Республики"));
    }

    @Test
    void wordsAfterTheHeadNounStay() {
        Set<String> forms = RussianDeclension.forms("Республика Корея");
        assertTrue(forms.contains("Республики Корея"), forms.toString());
        assertFalse(forms.contains("Республики Кореи"));
        assertTrue(RussianDeclension.forms("Босния и Герцеговина").contains("Боснии и Герцеговины"));
        assertTrue(RussianDeclension.forms("Соединенные Штаты Америки").contains("Соединенными Штатами Америки"));
        assertTrue(RussianDeclension.forms("Папуа — Новая Гвинея").contains("Папуа — Новой Гвинеи"));
    }
}
