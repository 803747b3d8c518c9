package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PersonFact;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where a two-char Chinese name after a title ends when a word that follows names comes next. */
class ChineseNameEndTest {

    @Test
    void wordsOfMannerAndMotionAfterANameAreNoPartOfIt() {
        FactSheet sheet = WholeExtractor.sheet("开幕式在西安举行。国务院副总理王琦线上出席开幕式并致辞，"
                + "全国政协副主席陈钢赴西安出席开幕式，商务部部长周岩专程前往会场。");
        Set<String> names = sheet.people().stream().map(PersonFact::name).collect(Collectors.toSet());
        assertEquals(Set.of("王琦", "陈钢", "周岩"), names);
    }

    @Test
    void aThreeCharNameBeforeSuchAWordKeepsAllItsChars() {
        FactSheet sheet = WholeExtractor.sheet("论坛在天津举行。国家数据局局长刘志强线上出席并致辞。");
        Set<String> names = sheet.people().stream().map(PersonFact::name).collect(Collectors.toSet());
        assertEquals(Set.of("刘志强"), names);
    }
}
