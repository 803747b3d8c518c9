package io.scofacts.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FullNamesTest {

    @Test
    void lastPartAfterADotOrASpaceIsCompleted() {
        List<String> full = List.of("苏赫罗布·霍尔穆罗多夫", "Sherzod Shermatov", "Шерзод Шерматов");
        assertEquals("苏赫罗布·霍尔穆罗多夫", FullNames.complete("霍尔穆罗多夫", full));
        assertEquals("Sherzod Shermatov", FullNames.complete("Shermatov", full));
        assertEquals("Шерзод Шерматов", FullNames.complete("Шерматов", full));
    }

    @Test
    void partsInsideAWordOrSharedByTwoPeopleAreLeftAsWritten() {
        assertEquals("穆罗多夫", FullNames.complete("穆罗多夫", List.of("苏赫罗布·霍尔穆罗多夫")));
        assertEquals("Karimov", FullNames.complete("Karimov", List.of("Aziz Karimov", "Rustam Karimov")));
        assertEquals("Aziz Karimov", FullNames.complete("Karimov", List.of("Aziz Karimov", "Aziz Karimov")));
        assertEquals("李青", FullNames.complete("李青", List.of()));
    }
}
