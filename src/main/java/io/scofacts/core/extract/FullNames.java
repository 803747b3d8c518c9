package io.scofacts.core.extract;

import java.util.Collection;

/**
 * Stories name a person in full once ("苏赫罗布·霍尔穆罗多夫", "Sherzod Shermatov") and then by the
 * last part of the name alone; the later mentions and quotes are that person.
 */
final class FullNames {

    private FullNames() {
    }

    /**
     * The one full name among {@code fullNames} that ends with {@code name} as its last part (after
     * a middle dot or a space); {@code name} itself when there is none or more than one.
     */
    static String complete(String name, Collection<String> fullNames) {
        String found = null;
        for (String full : fullNames) {
            if (isLastPartOf(name, full)) {
                if (found != null && !found.equals(full)) {
                    return name;
                }
                found = full;
            }
        }
        return found != null ? found : name;
    }

    private static boolean isLastPartOf(String name, String full) {
        if (name.isEmpty() || full.length() <= name.length() + 1 || !full.endsWith(name)) {
            return false;
        }
        char before = full.charAt(full.length() - name.length() - 1);
        return before == '·' || before == ' ';
    }
}
