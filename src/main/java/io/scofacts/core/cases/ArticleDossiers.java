package io.scofacts.core.cases;

import java.util.Map;

/** The cases and events one article names, by id, each with what the article says of it. */
public record ArticleDossiers(Map<String, CaseMention> cases, Map<String, EventMention> events) {

    public static final ArticleDossiers NONE = new ArticleDossiers(Map.of(), Map.of());
}
