package io.scofacts.core.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryNameTableFileTest {

    @Test
    void thePrecomputedTableIsWhatTheJdkAndTheLexiconsGive() {
        assumeTrue(Runtime.version().feature() == CountryNameTableGenerator.JDK,
                "the table records JDK " + CountryNameTableGenerator.JDK + "'s CLDR data");
        assertEquals(CountryNameTableGenerator.render(CountryNameTable.compute()),
                CountryNameTableGenerator.render(CountryNameTable.load()),
                CountryNameTable.TABLE + " is stale: regenerate it with CountryNameTableGenerator");
    }

    @Test
    void theTableHasEveryTextOnce() {
        List<String> texts = CountryNameTable.load().stream().map(NameEntry::text)
                .sorted(Comparator.naturalOrder()).toList();
        assertEquals(texts.stream().distinct().count(), texts.size());
    }
}
