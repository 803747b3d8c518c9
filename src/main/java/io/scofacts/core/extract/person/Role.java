package io.scofacts.core.extract.person;

/** The title, affiliation and country written beside one mention of a person; any may be null. */
record Role(String title, String affiliation, String country) {

    static final Role NONE = new Role(null, null, null);
}
