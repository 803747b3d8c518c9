package io.scofacts.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every lexicon says where its entries came from. */
class LexiconSourcesTest {

    @Test
    void everyLexiconFileHasASourceLine() throws IOException {
        Path folder = Path.of("src/main/resources/lexicon");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 0);
        for (Path file : files) {
            List<String> lines = LexiconFile.lines("lexicon/" + file.getFileName());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("# source:")),
                    file + " has no '# source:' line");
        }
    }
}
