package io.scofacts.core.text.story;

import io.scofacts.core.text.SimplifiedChars;
import io.scofacts.core.text.TextNormalizer;

/**
 * The form in which noise cues are compared: the view's folding, simplified characters, lower
 * case; char for char, so indices in a key are indices in the view.
 */
final class MatchKey {

    private MatchKey() {
    }

    static String of(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(SimplifiedChars.of(TextNormalizer.fold(text.charAt(i))));
        }
        return new String(chars);
    }
}
