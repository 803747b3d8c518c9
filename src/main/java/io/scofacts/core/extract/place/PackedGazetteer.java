package io.scofacts.core.extract.place;

import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.lexicon.PackedArrays;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gazetteer's names as {@link GazetteerSources} makes them from its five data files, packed
 * by the build ({@code LexiconPacker}): a fresh process reads the finished entries instead of
 * folding Chinese names, declining Russian ones and ranking kinds again. The pack records the
 * Chinese suffixes it was made with; with other suffixes the names are made from the files.
 */
public final class PackedGazetteer {

    public static final String RESOURCE = "lexicon/place-gazetteer-names.packed";
    /** The data files the names are made from: read only when the pack does not fit. */
    public static final List<String> SOURCES = GazetteerSources.FILES;
    /** Stands for a null country or reported name: no real one is empty. */
    private static final String NONE = "";

    /** The entries and the country of each Russian nominative. */
    record Names(List<GazetteerEntry> entries, Map<String, String> russianCountries) {
    }

    private PackedGazetteer() {
    }

    static Names load(Set<String> chineseSuffixes) {
        PackedArrays.Reader packed = PackedArrays.open(RESOURCE);
        if (packed != null && packed.string().equals(fingerprint(chineseSuffixes))) {
            return read(packed);
        }
        return made(chineseSuffixes);
    }

    static Names made(Set<String> chineseSuffixes) {
        GazetteerSources sources = new GazetteerSources(chineseSuffixes);
        return new Names(sources.entries(), sources.russianCountries);
    }

    /** Packs the names made from the files with the suffixes of {@code lexicon/place-suffixes.tsv}. */
    public static void write(Path classes) throws IOException {
        Set<String> suffixes = chineseSuffixes();
        Names names = made(suffixes);
        int n = names.entries().size();
        String[] texts = new String[n];
        String[] countries = new String[n];
        byte[] kinds = new byte[n];
        byte[] alphabetic = new byte[n];
        String[] reported = new String[n];
        for (int i = 0; i < n; i++) {
            GazetteerEntry e = names.entries().get(i);
            texts[i] = e.text();
            countries[i] = e.country() == null ? NONE : e.country();
            kinds[i] = (byte) e.kind().ordinal();
            alphabetic[i] = (byte) (e.alphabetic() ? 1 : 0);
            reported[i] = e.name() == null ? NONE : e.name();
        }
        List<String> keys = new ArrayList<>(names.russianCountries().keySet());
        List<String> values = keys.stream().map(names.russianCountries()::get).toList();
        new PackedArrays.Writer().string(fingerprint(suffixes)).strings(texts).strings(countries).bytes(kinds)
                .bytes(alphabetic).strings(reported).strings(keys.toArray(String[]::new))
                .strings(values.toArray(String[]::new)).writeTo(classes.resolve(RESOURCE));
    }

    private static Names read(PackedArrays.Reader packed) {
        String[] texts = packed.strings();
        String[] countries = packed.strings();
        byte[] kinds = packed.bytes();
        byte[] alphabetic = packed.bytes();
        String[] reported = packed.strings();
        GazetteerEntry.Kind[] kindValues = GazetteerEntry.Kind.values();
        List<GazetteerEntry> entries = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            entries.add(new GazetteerEntry(texts[i], countries[i].isEmpty() ? null : countries[i], kindValues[kinds[i]],
                    alphabetic[i] == 1, reported[i].isEmpty() ? null : reported[i]));
        }
        String[] keys = packed.strings();
        String[] values = packed.strings();
        Map<String, String> russianCountries = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            russianCountries.put(keys[i], values[i]);
        }
        return new Names(entries, russianCountries);
    }

    /** The Chinese suffixes of the place lexicon, as {@link PlaceLexicon} reads them. */
    static Set<String> chineseSuffixes() {
        Set<String> suffixes = new TreeSet<>();
        for (String[] row : LexiconFile.read(PlaceLexicon.SUFFIXES)) {
            if (row[0].equals("zh")) {
                suffixes.add(row[1]);
            }
        }
        return suffixes;
    }

    private static String fingerprint(Set<String> chineseSuffixes) {
        return String.join("\t", new TreeSet<>(chineseSuffixes));
    }
}
