package io.scofacts.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlobsTest {

    @Test
    void splitsIncompressibleValuesIntoPartsUnderTheItemLimit() {
        byte[] raw = new byte[1_500_000];
        new Random(1).nextBytes(raw);
        List<byte[]> parts = Blobs.split(raw);
        assertEquals(5, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.length <= Blobs.PART_BYTES));
        assertArrayEquals(raw, Blobs.join(parts));
    }

    @Test
    void keepsSmallAndEmptyValuesInOnePart() {
        assertEquals(1, Blobs.split(new byte[0]).size());
        assertArrayEquals(new byte[0], Blobs.join(Blobs.split(new byte[0])));
        byte[] text = "中乌合作".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, Blobs.split(text).size());
    }

    @Test
    void reportsAMissingPart() {
        byte[] raw = new byte[800_000];
        new Random(2).nextBytes(raw);
        List<byte[]> parts = Blobs.split(raw);
        assertThrows(StorageException.class, () -> Blobs.join(parts.subList(0, parts.size() - 1)));
    }
}
