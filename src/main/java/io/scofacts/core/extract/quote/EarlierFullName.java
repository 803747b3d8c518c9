package io.scofacts.core.extract.quote;

import io.scofacts.core.text.Han;

/**
 * Stories name a person in full once ("苏赫罗布·霍尔穆罗多夫", "Шерзод Шерматов") and later by the
 * last part alone ("霍尔穆罗多夫表示", "сказал Шерматов"): the full name is the nearest earlier
 * place where that last part follows a middle dot or a capitalised first name.
 */
final class EarlierFullName {

    private static final int MAX_FIRST_PART = 12;
    /** How far back the full name is looked for, in chars: the same story, not a page away. */
    private static final int REACH = 5_000;

    private EarlierFullName() {
    }

    /** The full name written before {@code before} that ends with {@code lastPart}, else null. */
    static String of(String view, String lastPart, int before) {
        int limit = Math.max(0, before - REACH);
        for (int at = view.lastIndexOf(lastPart, before - lastPart.length()); at > limit;
                at = view.lastIndexOf(lastPart, at - 1)) {
            int end = at + lastPart.length();
            if (end < view.length() && Character.isLetter(view.charAt(end)) && !isHan(view.charAt(end))) {
                continue;
            }
            String name = fullNameEndingAt(view, at, end);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * "According to Li Guohui, … said Li": the nearest earlier place where {@code surname} opens a
     * two-word name in Latin letters (a Chinese name puts the surname first), else null.
     */
    static String surnameFirst(String view, String surname, int before) {
        if (surname.isEmpty() || !Character.isUpperCase(surname.charAt(0)) || surname.charAt(0) >= 0x250) {
            return null;
        }
        int limit = Math.max(0, before - REACH);
        for (int at = view.lastIndexOf(surname + " ", before - surname.length()); at >= limit && at >= 0;
                at = at == 0 ? -1 : view.lastIndexOf(surname + " ", at - 1)) {
            if (at > 0 && Character.isLetter(view.charAt(at - 1))) {
                continue;
            }
            int given = at + surname.length() + 1;
            int end = given;
            while (end < view.length() && (Character.isLetter(view.charAt(end)) || view.charAt(end) == '-') && end - given <= MAX_FIRST_PART) {
                end++;
            }
            boolean twoWords = end > given + 1 && Character.isUpperCase(view.charAt(given))
                    && (end == view.length() || !(view.charAt(end) == ' ' && end + 1 < view.length()
                            && Character.isUpperCase(view.charAt(end + 1))));
            if (twoWords) {
                return view.substring(at, end);
            }
        }
        return null;
    }

    private static String fullNameEndingAt(String view, int at, int end) {
        char joint = view.charAt(at - 1);
        if (joint == '·') {
            int start = at - 1;
            while (start > 0 && at - start <= MAX_FIRST_PART * 2 && (isHan(view.charAt(start - 1)) || view.charAt(start - 1) == '·')) {
                start--;
            }
            return start < at - 1 && isHan(view.charAt(at)) ? view.substring(start, end) : null;
        }
        if (joint == ' ' && Character.isUpperCase(view.charAt(at))) {
            int start = at - 1;
            while (start > 0 && at - 1 - start < MAX_FIRST_PART && Character.isLetter(view.charAt(start - 1))) {
                start--;
            }
            boolean firstName = start < at - 1 && Character.isUpperCase(view.charAt(start))
                    && (start == 0 || !Character.isLetter(view.charAt(start - 1)));
            return firstName ? view.substring(start, end) : null;
        }
        return null;
    }

    private static boolean isHan(char c) {
        return Han.isHanScript(c);
    }
}
