package io.scofacts.api;

import java.util.List;

/**
 * The functions integrations call, each served as {@code POST /<name>}. These names are a
 * contract: add, never rename. The deployment templates in infra/ route exactly these.
 */
public final class FunctionNames {

    public static final List<String> ALL = List.of(
            "submitArticle", "getArticle", "extractFacts", "caseSummary", "listCases", "eventSummary", "listEvents",
            "exportCases");

    private FunctionNames() {
    }

    /** The function that brings new work in (an article to store, then to extract): refused first under overload. */
    static final String NEW_WORK = "submitArticle";

    static boolean isNewWork(String path) {
        return path != null && path.length() > 1 && path.startsWith(NEW_WORK, 1) && path.length() == NEW_WORK.length() + 1;
    }

    static boolean isFunctionPath(String path) {
        return path != null && path.length() > 1 && ALL.contains(path.substring(1));
    }
}
