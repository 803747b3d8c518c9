package io.scofacts.core.cases;

import io.scofacts.core.text.HashIds;
import io.scofacts.core.text.NameKey;
import io.scofacts.core.text.SimplifiedChars;

/**
 * Case and event ids: a hash of the name's signature, so an id is the same however many
 * times, in whichever order and by whichever process articles name the case: concurrent
 * first mentions of a case write to the same id instead of creating two.
 */
public final class DossierIds {

    public static final String CASE_PREFIX = "c-";
    public static final String EVENT_PREFIX = "e-";

    private DossierIds() {
    }

    /** A name that says nothing but generic words is its own case, under its exact written form. */
    static String of(String prefix, NameSignature signature, String name) {
        return HashIds.id(prefix, identity(signature, name));
    }

    /** A part of an event (a sub-forum, a ceremony): its identity is its parent's and its own. */
    static String ofPart(NameSignature parent, String parentName, NameSignature part, String partName) {
        return HashIds.id(EVENT_PREFIX, "part:" + identity(parent, parentName) + "/" + identity(part, partName));
    }

    private static String identity(NameSignature signature, String name) {
        return signature.isEmpty() ? "name:" + NameKey.of(SimplifiedChars.of(name)) : signature.key();
    }

    public static boolean isCaseId(String id) {
        return HashIds.isId(CASE_PREFIX, id);
    }

    public static boolean isEventId(String id) {
        return HashIds.isId(EVENT_PREFIX, id);
    }
}
