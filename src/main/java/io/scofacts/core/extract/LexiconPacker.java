package io.scofacts.core.extract;

import io.scofacts.core.extract.person.ChineseNameRoles;
import io.scofacts.core.extract.place.PackedGazetteer;
import io.scofacts.core.lexicon.ChineseWords;
import io.scofacts.core.lexicon.LexiconBundle;
import io.scofacts.core.lexicon.PackedArrays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A build step (exec-maven-plugin, phase process-classes): parses the largest lexicon files once
 * and writes their tables beside them in the build's class output as {@link PackedArrays}, which a
 * fresh process loads in bulk, the gazetteer's finished names ({@link PackedGazetteer}), and
 * bundles the other lexicon files into one resource
 * ({@link LexiconBundle}). Argument: the class output directory.
 */
public final class LexiconPacker {

    private LexiconPacker() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        // the last build's packs go first: the tables below are parsed from the files themselves
        try (Stream<Path> old = Files.list(classes.resolve("lexicon"))) {
            for (Path file : old.filter(f -> f.toString().endsWith(".packed")).toList()) {
                Files.delete(file);
            }
        }
        PackedArrays.Writer words = new PackedArrays.Writer();
        ChineseWords.parsed().pack(words);
        words.writeTo(classes.resolve(PackedArrays.packedName(ChineseWords.RESOURCE)));
        PackedArrays.Writer roles = new PackedArrays.Writer();
        ChineseNameRoles.parsed().pack(roles);
        roles.writeTo(classes.resolve(PackedArrays.packedName(ChineseNameRoles.RESOURCE)));
        PackedGazetteer.write(classes);
        // what is packed apart stays out of the bundle: a fresh process would only decode it unused
        Set<String> packedApart = new HashSet<>(PackedGazetteer.SOURCES);
        packedApart.addAll(List.of(ChineseWords.RESOURCE, ChineseNameRoles.RESOURCE));
        LexiconBundle.write(classes, packedApart);
    }
}
