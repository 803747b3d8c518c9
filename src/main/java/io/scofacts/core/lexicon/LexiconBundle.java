package io.scofacts.core.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every lexicon file's text in one resource, bundled by the build ({@code LexiconPacker}). A
 * class-path lookup of a resource outside any Java package asks every module of the JDK's own
 * loaders before the application's class path, so a hundred files read at start cost a fresh
 * process tens of milliseconds in lookups alone; the bundle costs one. The files stay the source:
 * a run without the bundle (from sources, or a file added since) reads them one by one. A file
 * edited since the last build is read stale from the bundle until the build runs again (an IDE
 * that copies resources without running Maven's process-classes phase).
 */
public final class LexiconBundle {

    static final String RESOURCE = "lexicon/lexicons.packed";
    private static final String DIRECTORY = "lexicon";

    private LexiconBundle() {
    }

    private static final class Holder {
        static final Map<String, String> FILES = load();

        private static Map<String, String> load() {
            PackedArrays.Reader packed = PackedArrays.open(RESOURCE);
            if (packed == null) {
                return Map.of();
            }
            String[] names = packed.strings();
            Map<String, String> files = new HashMap<>(names.length * 2);
            for (String name : names) {
                files.put(name, packed.text());
            }
            return files;
        }
    }

    /** The text of a bundled lexicon file ("lexicon/units.tsv"), or null when it is not bundled. */
    static String text(String resource) {
        return Holder.FILES.get(resource);
    }

    /**
     * Bundles every {@code lexicon/*.tsv} under the class output {@code classes}, except
     * {@code packedApart} (tables packed on their own, never read as text when packed).
     */
    public static void write(Path classes, Set<String> packedApart) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes.resolve(DIRECTORY))) {
            files.map(file -> DIRECTORY + "/" + file.getFileName())
                    .filter(name -> name.endsWith(".tsv") && !packedApart.contains(name))
                    .sorted()
                    .forEach(names::add);
        }
        PackedArrays.Writer out = new PackedArrays.Writer().strings(names.toArray(String[]::new));
        for (String name : names) {
            try {
                out.text(Files.readString(classes.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.writeTo(classes.resolve(RESOURCE));
    }
}
