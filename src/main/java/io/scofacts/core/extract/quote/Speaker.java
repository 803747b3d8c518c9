package io.scofacts.core.extract.quote;

/** Who a quotation is attributed to, as the view writes it, and what kind of reference that is. */
record Speaker(String name, Reference reference) {

    enum Reference {
        /** A full name: "王建华", "Ivan Petrov". */
        NAME,
        /** "他", "he", "он": stands for the last named speaker. */
        PRONOUN,
        /** One capitalised word without a title ("Petrov said"): a surname to look up. */
        SURNAME
    }

    static Speaker named(String name) {
        return new Speaker(name, Reference.NAME);
    }

    static Speaker pronoun(String pronoun) {
        return new Speaker(pronoun, Reference.PRONOUN);
    }

    static Speaker surname(String surname) {
        return new Speaker(surname, Reference.SURNAME);
    }

    boolean pronoun() {
        return reference == Reference.PRONOUN;
    }

    boolean fullName() {
        return reference == Reference.NAME;
    }
}
