package io.scofacts.core.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which readings in one article are one case or event: the same signature, or one name saying
 * part of what another of the same kind says (a short form, a fragment of a name broken across
 * lines: "中巴跨境光缆项目" of "中国和巴基斯坦首条陆上跨境光缆项目"). Kinds must agree: a centre's
 * branch (分中心) is not the centre.
 */
final class SameThing {

    private SameThing() {
    }

    /** The readings grouped, each group one Named (the most complete wording shown first), in order of first mention. */
    static List<Named> group(List<Named> readings) {
        int[] parent = new int[readings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                if (same(readings.get(i).signature, readings.get(j).signature)) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        List<List<Named>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            int root = find(parent, i);
            int at = roots.indexOf(root);
            if (at < 0) {
                roots.add(root);
                groups.add(new ArrayList<>());
                at = groups.size() - 1;
            }
            groups.get(at).add(readings.get(i));
        }
        List<Named> merged = new ArrayList<>();
        for (List<Named> group : groups) {
            merged.add(merge(group));
        }
        merged.sort(Comparator.comparing(Named::firstMention, Comparator.nullsLast(Comparator.naturalOrder())));
        return merged;
    }

    static boolean same(NameSignature a, NameSignature b) {
        if (a.key().equals(b.key())) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || a.head() == null || !a.head().equals(b.head())) {
            return false;
        }
        return a.within(b) || b.within(a);
    }

    /**
     * One Named for a group: the most complete wording first, and as identity the smallest
     * signature that still says more than what kind of thing it is (so another article's short
     * form finds it), else the most complete.
     */
    private static Named merge(List<Named> group) {
        Named complete = group.get(0);
        for (Named n : group) {
            if (size(n.signature) > size(complete.signature)) {
                complete = n;
            }
        }
        Named identity = group.stream().filter(n -> size(n.signature) >= 2)
                .min(Comparator.comparingInt((Named n) -> size(n.signature))).orElse(complete);
        Named merged = new Named(complete.kind, complete.name());
        merged.signature = identity.signature;
        for (Named n : group) {
            merged.absorb(n);
        }
        return merged;
    }

    static int size(NameSignature signature) {
        return signature.countries().size() + signature.concepts().size() + signature.ownWords().size();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
