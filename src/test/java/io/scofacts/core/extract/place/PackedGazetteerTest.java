package io.scofacts.core.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.PackedArrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackedGazetteerTest {

    @Test
    void thePackedNamesAreTheOnesMadeFromTheFiles() {
        assertNotNull(PackedArrays.open(PackedGazetteer.RESOURCE), "the build packs the gazetteer's names");
        Set<String> suffixes = PackedGazetteer.chineseSuffixes();
        PackedGazetteer.Names packed = PackedGazetteer.load(suffixes);
        PackedGazetteer.Names made = PackedGazetteer.made(suffixes);
        assertEquals(made.entries(), packed.entries());
        assertEquals(made.russianCountries(), packed.russianCountries());
        assertTrue(packed.entries().stream().anyMatch(e -> e.name() != null && e.alphabetic()),
                "Russian case forms report their nominative");
    }

    @Test
    void otherSuffixesMakeTheNamesFromTheFiles() {
        Set<String> fewer = Set.of("市", "县");
        assertEquals(PackedGazetteer.made(fewer).entries(), PackedGazetteer.load(fewer).entries());
    }
}
