package io.scofacts.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's examples: every ```sh block holding one `curl … localhost:8080/<function>`
 * followed by a ```json block with its answer. Compares a live answer with the README's on what
 * a reader relies on (the error code, every id, the field names at every level, the schema and
 * extractor versions), not on values a better extractor changes; and writes live answers back.
 */
final class ReadmeExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXAMPLE = Pattern.compile(
            "```sh\\n(curl [^`]*?localhost:8080/(\\w+)[^`]*?)\\n```\\n```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("-d '([^']*)'", Pattern.DOTALL);
    private static final Pattern CONTENT_TYPE = Pattern.compile("-H 'Content-Type: ([^']*)'");
    private static final Pattern ID = Pattern.compile("[ace]-[0-9a-f]{24}");
    /** Fields whose value is part of the contract a reader copies: versions, error codes, ids' companions. */
    private static final Set<String> EXACT_FIELDS = Set.of("schema", "extractor", "error", "field", "duplicate");

    record Example(int index, String function, String contentType, String body, String answer, int answerStart,
            int answerEnd) {
    }

    private ReadmeExamples() {
    }

    static List<Example> parse(String readme) {
        List<Example> examples = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(readme);
        while (matcher.find()) {
            String command = matcher.group(1);
            Matcher body = BODY.matcher(command);
            Matcher contentType = CONTENT_TYPE.matcher(command);
            examples.add(new Example(examples.size(), matcher.group(2), contentType.find() ? contentType.group(1) : null,
                    body.find() ? body.group(1) : null, matcher.group(3), matcher.start(3), matcher.end(3)));
        }
        return examples;
    }

    /** Where {@code actual} differs from the README's {@code expected} in what matters. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, "$", differences);
        return differences;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + ": an object in the README, " + actual.getNodeType() + " in the answer");
                return;
            }
            Set<String> expectedNames = names(expected);
            Set<String> actualNames = names(actual);
            if (!expectedNames.equals(actualNames)) {
                differences.add(path + ": fields " + expectedNames + " in the README, " + actualNames + " in the answer");
            }
            for (String name : expectedNames) {
                if (actual.has(name)) {
                    JsonNode value = expected.get(name);
                    if (EXACT_FIELDS.contains(name) && !value.equals(actual.get(name))) {
                        differences.add(path + "." + name + ": " + value + " in the README, " + actual.get(name)
                                + " in the answer");
                    } else {
                        compare(value, actual.get(name), path + "." + name, differences);
                    }
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                differences.add(path + ": an array in the README, " + actual.getNodeType() + " in the answer");
                return;
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", differences);
            }
        } else if (expected.isTextual() && ID.matcher(expected.textValue()).matches() && !expected.equals(actual)) {
            differences.add(path + ": id " + expected.textValue() + " in the README, " + actual + " in the answer");
        }
    }

    /** Ids of the README's answer and the live one at the same places, to carry into later examples. */
    static Map<String, String> idChanges(JsonNode expected, JsonNode actual) {
        Map<String, String> changes = new LinkedHashMap<>();
        collectIds(expected, actual, changes);
        return changes;
    }

    private static void collectIds(JsonNode expected, JsonNode actual, Map<String, String> changes) {
        if (expected == null || actual == null) {
            return;
        }
        if (expected.isTextual() && actual.isTextual() && ID.matcher(expected.textValue()).matches()
                && ID.matcher(actual.textValue()).matches() && !expected.equals(actual)) {
            changes.putIfAbsent(expected.textValue(), actual.textValue());
        } else if (expected.isObject()) {
            expected.fieldNames().forEachRemaining(name -> collectIds(expected.get(name), actual.get(name), changes));
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                collectIds(expected.get(i), actual.get(i), changes);
            }
        }
    }

    /**
     * An answer as the README shows it: one line when short, else each top-level field on its
     * own line, long arrays one element a line.
     */
    static String format(JsonNode answer) {
        String compact = compact(answer);
        if (compact.length() <= 100 || !answer.isObject()) {
            return compact;
        }
        StringBuilder text = new StringBuilder("{");
        for (Iterator<Map.Entry<String, JsonNode>> fields = answer.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = compact(JSON.getNodeFactory().textNode(field.getKey())) + ":";
            JsonNode value = field.getValue();
            String valueText = compact(value);
            if (value.isArray() && valueText.length() > 100 && value.size() > 1) {
                String indent = " ".repeat(key.length() + 2);
                StringBuilder items = new StringBuilder("[");
                for (int i = 0; i < value.size(); i++) {
                    items.append(i == 0 ? "" : ",\n" + indent).append(compact(value.get(i)));
                }
                valueText = items.append(']').toString();
            }
            text.append(text.length() == 1 ? "" : ",\n ").append(key).append(valueText);
        }
        return text.append('}').toString();
    }

    private static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
