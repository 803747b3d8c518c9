package io.scofacts.core.extract.place;

import static io.scofacts.core.extract.WholeExtractor.sheet;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PersonFact;
import io.scofacts.core.factsheet.PlaceFact;
import org.junit.jupiter.api.Test;

/** A city's name that is a person's first name before a surname: the whole extractor on sentences written for this test. */
class FirstNamesTest {

    @Test
    void aCityNameBeforeASurnameInTheNominativeIsAFirstName() {
        FactSheet sheet = sheet("Заявление сделал генеральный директор ТОО «Дала» Багдад Ахметов. "
                + "По словам Ахметова, работы начнутся весной в Караганде.");
        assertTrue(sheet.people().stream().map(PersonFact::name).anyMatch("Багдад Ахметов"::equals), sheet.people().toString());
        assertFalse(sheet.places().stream().map(PlaceFact::name).anyMatch("Багдад"::equals), sheet.places().toString());
    }

    @Test
    void aCityInAnObliqueCaseOrAfterAPrepositionStaysACity() {
        FactSheet sheet = sheet("В Багдаде Ахметов встретился с министром связи. Из Ташкента Ахметов вылетел в Пекин.");
        assertTrue(sheet.places().stream().map(PlaceFact::name).anyMatch(name -> name.startsWith("Багдад")), sheet.places().toString());
        assertTrue(sheet.places().stream().map(PlaceFact::name).anyMatch(name -> name.startsWith("Ташкент")), sheet.places().toString());
    }
}
