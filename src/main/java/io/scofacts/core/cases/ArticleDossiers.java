package io.scofacts.core.cases;

import java.util.Map;
import java.util.Set;

/** The cases and events one article names, by id, each with what the article says of it. */
public record ArticleDossiers(Map<String, CaseMention> cases, Map<String, EventMention> events) {

    public static final ArticleDossiers NONE = new ArticleDossiers(Map.of(), Map.of());

    /** Only the ids of the cases and events an article names. */
    public record Ids(Set<String> cases, Set<String> events) {

        public static final Ids NONE = new Ids(Set.of(), Set.of());
    }
}
