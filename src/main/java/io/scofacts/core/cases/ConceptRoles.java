package io.scofacts.core.cases;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.HashMap;
import java.util.Map;

/** What a name's head concept makes the named thing (lexicon/case-concept-roles.tsv). */
final class ConceptRoles {

    static final String LEXICON = "lexicon/case-concept-roles.tsv";

    enum Role {
        /** A cooperation body that is built or run: a centre, platform, corridor, cable. */
        BODY,
        /** A running programme (training): a case, whoever calls it an event. */
        PROGRAMME,
        /** A part of an event: sub-forum, ceremony, signing session, release. */
        SUBEVENT,
        /** A whole event: forum, summit, conference. */
        GATHERING
    }

    private final Map<String, Role> roles = new HashMap<>();

    ConceptRoles() {
        for (String[] row : LexiconFile.read(LEXICON)) {
            roles.put(row[0], Role.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** The role of a head concept; null when it has none (or there is no head). */
    Role of(String concept) {
        return concept == null ? null : roles.get(concept);
    }
}
