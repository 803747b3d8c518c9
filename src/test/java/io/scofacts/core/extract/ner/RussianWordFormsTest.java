package io.scofacts.core.extract.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RussianWordFormsTest {

    @Test
    void caseFormsOfOneNameMeet() {
        assertTrue(RussianWordForms.sameWord("Путин", "Путиным"));
        assertTrue(RussianWordForms.sameWord("Сергей", "Сергея"));
        assertTrue(RussianWordForms.sameWord("Москва", "Москве"));
        assertTrue(RussianWordForms.sameWord("Карамай", "Карамае"));
        assertTrue(RussianWordForms.containsName("Владимир Путин", "Путина"));
        assertTrue(RussianWordForms.containsName("Владимир Путин", "Путина Владимира"));
    }

    @Test
    void differentWordsDoNot() {
        assertFalse(RussianWordForms.sameWord("Петров", "Петрович"));
        assertFalse(RussianWordForms.sameWord("Москва", "Московский"));
        assertFalse(RussianWordForms.sameWord("Ким", "Кир"));
        assertFalse(RussianWordForms.containsName("Владимир Путин", "Владимир Петров"));
    }
}
