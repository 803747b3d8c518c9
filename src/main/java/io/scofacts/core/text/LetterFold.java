package io.scofacts.core.text;

/**
 * Letters that name matching treats as one although the view keeps them apart: Russian ё/е
 * (news writes either) and the typographic apostrophe ("People’s").
 */
public final class LetterFold {

    private LetterFold() {
    }

    public static char fold(char c) {
        switch (c) {
            case 'ё':
                return 'е';
            case 'Ё':
                return 'Е';
            case '\u2019':
                return '\'';
            default:
                return c;
        }
    }
}
