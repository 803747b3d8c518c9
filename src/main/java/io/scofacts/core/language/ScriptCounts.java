package io.scofacts.core.language;

/** How many letters of each writing system a text has: a cheap first cut at its language. */
record ScriptCounts(int han, int kana, int hangul, int cyrillic, int latin, int other) {

    static ScriptCounts of(CharSequence text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> other++;
            }
        }
        return new ScriptCounts(han, kana, hangul, cyrillic, latin, other);
    }

    int letters() {
        return han + kana + hangul + cyrillic + latin + other;
    }
}
