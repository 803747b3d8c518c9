package io.scofacts.core.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.EventFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PlaceFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an English report says an event was held, and how a dateline's capitals name the place. */
class EnglishEventPlaceTest {

    @Test
    void aPlaceWithinItsCountryIsWhereTheEventIsHeld() {
        FactSheet sheet = WholeExtractor.sheet("ALMATY, June 3 (Xinhua) -- The 2026 SCO Digital Cooperation Forum was held"
                + " in southeastern Kazakhstan's Almaty on Tuesday, drawing guests from ten countries.");
        EventFact forum = sheet.events().stream().filter(e -> e.name().contains("Digital Cooperation Forum")).findFirst()
                .orElseThrow(() -> new AssertionError(sheet.events().toString()));
        assertEquals("Almaty", forum.place());
        List<String> places = sheet.places().stream().map(PlaceFact::name).toList();
        assertEquals(List.of("Almaty"), places, "the dateline's ALMATY and Almaty are one place, written as usual");
    }
}
