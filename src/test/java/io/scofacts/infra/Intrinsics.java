package io.scofacts.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CloudFormation intrinsics the way SAM (long form) and CDK (synthesised JSON) write
 * them, so one set of checks can hold both templates to the same facts.
 */
final class Intrinsics {

    /** A property that Fn::If removes with AWS::NoValue. */
    static final String ABSENT = "<absent>";

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9:]+)(?:\\.([A-Za-z0-9.]+))?}");

    private Intrinsics() {
    }

    /**
     * A canonical text for a value: {@code ${Id}} for Ref, {@code ${Id.Attr}} for GetAtt, Sub and
     * Join written out, so "${CasesTable.Arn}/index/byFacet" reads the same from either tool.
     */
    static String render(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return ABSENT;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.has("Ref")) {
            String ref = value.get("Ref").asText();
            return ref.equals("AWS::NoValue") ? ABSENT : "${" + ref + "}";
        }
        if (value.has("Fn::GetAtt")) {
            JsonNode getAtt = value.get("Fn::GetAtt");
            return getAtt.isArray() ? "${" + getAtt.get(0).asText() + "." + getAtt.get(1).asText() + "}"
                    : "${" + getAtt.asText() + "}";
        }
        if (value.has("Fn::Sub")) {
            JsonNode sub = value.get("Fn::Sub");
            return sub.isArray() ? sub.get(0).asText() : sub.asText();
        }
        if (value.has("Fn::Join")) {
            JsonNode join = value.get("Fn::Join");
            List<String> parts = new ArrayList<>();
            join.get(1).forEach(part -> parts.add(render(part)));
            return String.join(join.get(0).asText(), parts);
        }
        return value.toString();
    }

    /** The values a property can take: both branches of an Fn::If, else the one value. */
    static Set<String> branches(JsonNode value) {
        Set<String> values = new LinkedHashSet<>();
        if (value != null && value.isObject() && value.has("Fn::If")) {
            JsonNode ifNode = value.get("Fn::If");
            values.addAll(branches(ifNode.get(1)));
            values.addAll(branches(ifNode.get(2)));
        } else {
            values.add(render(value));
        }
        return values;
    }

    /** Every logical id a value refers to, through Ref, GetAtt, Sub and Join, however nested. */
    static Set<String> references(JsonNode value) {
        Set<String> ids = new LinkedHashSet<>();
        collect(value, ids);
        return ids;
    }

    private static void collect(JsonNode value, Set<String> ids) {
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            Matcher variable = SUB_VARIABLE.matcher(value.asText());
            while (variable.find()) {
                ids.add(variable.group(1));
            }
            return;
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("Ref")) {
                    ids.add(field.getValue().asText().split("\\.")[0]);
                } else if (field.getKey().equals("Fn::GetAtt")) {
                    JsonNode getAtt = field.getValue();
                    ids.add(getAtt.isArray() ? getAtt.get(0).asText() : getAtt.asText().split("\\.")[0]);
                } else {
                    collect(field.getValue(), ids);
                }
            }
        } else if (value.isArray()) {
            value.forEach(element -> collect(element, ids));
        }
    }
}
