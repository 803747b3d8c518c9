package io.scofacts.core.extract.ner;

import io.scofacts.core.lexicon.LazyValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What the Russian morphological dictionary (AOT's, as LanguageTool packages it; LGPL) says a
 * word form can be: a first name, a surname, a patronymic, another noun, an adjective, another
 * part of speech, or nothing it knows; and the lemma of a name ("Путина" → "путин"). Read from the
 * classpath on first use. A lookup builds a Morfologik reader, which is not thread-safe, so each
 * caller asks for its own {@link Reader}.
 */
public final class RussianDictionary {

    public static final int FIRST_NAME = 1;
    public static final int SURNAME = 2;
    public static final int PATRONYMIC = 4;
    public static final int NOUN = 8;
    public static final int ADJECTIVE = 16;
    public static final int OTHER = 32;
    public static final int UNKNOWN = 64;

    static final String RESOURCE = "org/languagetool/resource/ru/russian.dict";
    static final String METADATA = "org/languagetool/resource/ru/russian.info";

    private RussianDictionary() {
    }

    /** Loaded on the first Russian article, shared by every reader. */
    private static final LazyValue<Dictionary> DICTIONARY = new LazyValue<>(RussianDictionary::load);

    private static final ThreadLocal<Reader> THREAD_READER = ThreadLocal.withInitial(RussianDictionary::reader);

    /** A reader for one thread. */
    public static Reader reader() {
        return new Reader(new DictionaryLookup(DICTIONARY.get()));
    }

    /** The calling thread's own reader, made on its first use there. */
    public static Reader forThisThread() {
        return THREAD_READER.get();
    }

    /** Looks words up; one per thread (Morfologik's lookup keeps state). */
    public static final class Reader {

        private final DictionaryLookup lookup;

        private Reader(DictionaryLookup lookup) {
            this.lookup = lookup;
        }

        /** The classes (bits above) the lower-case word form can belong to. */
        public int classes(String lower) {
            List<WordData> entries = lookup.lookup(lower);
            if (entries.isEmpty()) {
                return UNKNOWN;
            }
            int classes = 0;
            for (WordData entry : entries) {
                CharSequence tag = entry.getTag();
                classes |= startsWith(tag, "NN:Name") ? FIRST_NAME
                        : startsWith(tag, "NN:Fam") ? SURNAME
                        : startsWith(tag, "NN:Patr") ? PATRONYMIC
                        : startsWith(tag, "NN") ? NOUN
                        : startsWith(tag, "ADJ") ? ADJECTIVE : OTHER;
            }
            return classes;
        }

        /** The dictionary's tags of the lower-case word form ("NN:Anim:Masc:Sin:Nom", "ADJ:Posit:Fem:D"), empty if unknown. */
        public List<String> tags(String lower) {
            List<String> tags = new java.util.ArrayList<>();
            for (WordData entry : lookup.lookup(lower)) {
                tags.add(entry.getTag() == null ? "" : entry.getTag().toString());
            }
            return tags;
        }

        /** Whether the lower-case word form can be a noun in the genitive ("дел", "министерств"). */
        public boolean canBeGenitiveNoun(String lower) {
            return hasTag(lower, "NN", ":R");
        }

        /** The dictionary forms (lemmas) the lower-case word form can be of ("министром" → "министр"). */
        public java.util.Set<String> lemmas(String lower) {
            java.util.Set<String> lemmas = new java.util.HashSet<>();
            for (WordData entry : lookup.lookup(lower)) {
                if (entry.getStem() != null) {
                    lemmas.add(entry.getStem().toString());
                }
            }
            return lemmas;
        }

        /** Whether the lower-case word form can be a plural noun in the genitive ("государств", "членов"). */
        public boolean canBeGenitivePluralNoun(String lower) {
            return hasTag(lower, "NN", ":PL:R");
        }

        /** Whether the lower-case word form can be a noun, adjective or participle in the genitive ("иностранных", "дел"). */
        public boolean canBeGenitive(String lower) {
            return hasTag(lower, "NN", ":R") || hasTag(lower, "ADJ", ":R");
        }

        /** Whether the lower-case word form can be an adjective or participle in the genitive plural ("ответственных"). */
        public boolean canBeGenitivePluralAdjective(String lower) {
            return hasTag(lower, "ADJ", ":PL:R");
        }

        private boolean hasTag(String lower, String prefix, String suffix) {
            for (WordData entry : lookup.lookup(lower)) {
                CharSequence tag = entry.getTag();
                if (tag != null && startsWith(tag, prefix) && tag.toString().endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }

        /** The nominative of a first name, surname or patronymic form ("путина" → "путин"), else null. */
        public String nameLemma(String lower) {
            String found = null;
            for (WordData entry : lookup.lookup(lower)) {
                CharSequence tag = entry.getTag();
                if (startsWith(tag, "NN:Name") || startsWith(tag, "NN:Fam") || startsWith(tag, "NN:Patr")) {
                    String lemma = entry.getStem().toString();
                    if (found != null && !found.equals(lemma)) {
                        return null;
                    }
                    found = lemma;
                }
            }
            return found;
        }

        private static boolean startsWith(CharSequence tag, String prefix) {
            if (tag == null || tag.length() < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (tag.charAt(i) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Starts loading the dictionary in the background, for a Russian article about to be read. */
    public static void prefetch() {
        DICTIONARY.prefetch();
    }

    private static Dictionary load() {
        ClassLoader loader = RussianDictionary.class.getClassLoader();
        try (InputStream automaton = loader.getResourceAsStream(RESOURCE);
                InputStream metadata = loader.getResourceAsStream(METADATA)) {
            if (automaton == null || metadata == null) {
                throw new IllegalStateException("Russian dictionary missing from the classpath: " + RESOURCE);
            }
            return Dictionary.read(automaton, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Russian dictionary", e);
        }
    }
}
