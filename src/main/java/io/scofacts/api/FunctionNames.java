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

    static boolean isFunctionPath(String path) {
        return path != null && path.length() > 1 && ALL.contains(path.substring(1));
    }
}
