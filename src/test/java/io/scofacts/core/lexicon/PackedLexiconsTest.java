package io.scofacts.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's packed lexicons (LexiconPacker at process-classes) hold what the lexicon files say. */
class PackedLexiconsTest {

    @Test
    void arraysComeBackInTheOrderTheyWereWritten() throws IOException {
        byte[] packed = new PackedArrays.Writer().integer(-7).ints(new int[] {1, -2, Integer.MAX_VALUE})
                .longInteger(1L << 40).bytes(new byte[] {3, -4}).longs(new long[] {-1L, 5L})
                .string("Ташкент").strings(new String[] {"n", "", "ns"}).text("上合组织 SCO").toByteArray();
        PackedArrays.Reader reader = new PackedArrays.Reader(packed, "test");
        assertEquals(-7, reader.integer());
        assertArrayEquals(new int[] {1, -2, Integer.MAX_VALUE}, reader.ints());
        assertEquals(1L << 40, reader.longInteger());
        assertArrayEquals(new byte[] {3, -4}, reader.bytes());
        assertArrayEquals(new long[] {-1L, 5L}, reader.longs());
        assertEquals("Ташкент", reader.string());
        assertArrayEquals(new String[] {"n", "", "ns"}, reader.strings());
        assertEquals("上合组织 SCO", reader.text());
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        byte[] notPacked = "# source: not a packed table".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalStateException.class, () -> new PackedArrays.Reader(notPacked, "lexicon/x.packed"));
    }

    @Test
    void thePackedWordTableIsTheOneParsedFromTheLexiconFile() {
        assertNotNull(PackedArrays.open(PackedArrays.packedName(ChineseWords.RESOURCE)),
                "the build packs the Chinese word table");
        PackedArrays.Writer fromFile = new PackedArrays.Writer();
        ChineseWords.parsed().pack(fromFile);
        PackedArrays.Writer loaded = new PackedArrays.Writer();
        ChineseWords.instance().pack(loaded);
        assertArrayEquals(fromFile.toByteArray(), loaded.toByteArray());
        ChineseWords words = ChineseWords.instance();
        int slot = words.find("合作", 0, 2);
        assertTrue(slot >= 0 && words.frequency(slot) > 0, "a common word is found in the packed table");
        assertEquals(-1, words.find("作合作", 0, 3));
    }

    @Test
    void everyBundledFileReadsAsTheFileItself() throws IOException {
        List<String> bundled = List.of("lexicon/units.tsv", "lexicon/country-name-table.tsv", "lexicon/event-heads.tsv");
        for (String name : bundled) {
            String text = LexiconBundle.text(name);
            assertNotNull(text, name + " is bundled");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), text, name);
            }
        }
        assertNull(LexiconBundle.text(ChineseWords.RESOURCE), "a table packed apart is not bundled again");
        assertNull(LexiconBundle.text("lexicon/place-cn-divisions.tsv"), "nor the gazetteer's data, packed as finished names");
    }

    @Test
    void theBundleTakesEveryLexiconFileButThosePackedApart(@TempDir Path classes) throws IOException {
        Path lexicon = Files.createDirectories(classes.resolve("lexicon"));
        Files.writeString(lexicon.resolve("a.tsv"), "# source: a test\nx\ty\n");
        Files.writeString(lexicon.resolve("big.tsv"), "# source: a test\nz\n");
        Files.writeString(lexicon.resolve("notes.txt"), "not a lexicon");
        LexiconBundle.write(classes, Set.of("lexicon/big.tsv"));
        PackedArrays.Reader reader = new PackedArrays.Reader(Files.readAllBytes(classes.resolve(LexiconBundle.RESOURCE)), "t");
        assertArrayEquals(new String[] {"lexicon/a.tsv"}, reader.strings());
        assertEquals("# source: a test\nx\ty\n", reader.text());
    }
}
