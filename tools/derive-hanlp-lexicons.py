#!/usr/bin/env python3
"""Derives the Chinese word and name-role lexicons from HanLP 1.x's own dictionaries.

    tools/derive-hanlp-lexicons.py HANLP_GIT_DIR [OUT_DIR]

HANLP_GIT_DIR is a clone (or bare git dir) of github.com/hankcs/HanLP (Apache-2.0); the
files are read from its 1.x branch with `git show`, so nothing of HanLP is copied by hand.
OUT_DIR defaults to src/main/resources/lexicon. Writes:
  zh-words.tsv       word, corpus frequency and most frequent part of speech, from
                     data/dictionary/CoreNatureDictionary.txt (Han words of frequency >= 2,
                     single characters, four-character words and idioms, and every name of a
                     person, place or body)
  zh-name-roles.tsv  how often a character or word plays each role of a Chinese person
                     name, from data/dictionary/person/nr.txt (HanLP's role-tagging corpus:
                     B surname, C first given char, D last given char, E single given char,
                     Z a two-char given name that is a word, K before a name, L after it)
  zh-pinyin.tsv      pinyin syllables and the pinyin of lexicon/chinese-surnames.tsv, from
                     data/dictionary/pinyin/pinyin.txt (names written in Latin letters)
"""
import os
import subprocess
import sys

BRANCH = "1.x"
ROLES = "BCDEZKL"


def git_show(repo, path):
    git_dir = repo if os.path.isdir(os.path.join(repo, "objects")) else os.path.join(repo, ".git")
    out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{BRANCH}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def commit(repo):
    git_dir = repo if os.path.isdir(os.path.join(repo, "objects")) else os.path.join(repo, ".git")
    return subprocess.run(["git", "--git-dir", git_dir, "rev-parse", BRANCH],
                          check=True, capture_output=True, text=True).stdout.strip()


def is_han(word):
    return all("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in word)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    repo = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else "src/main/resources/lexicon"
    rev = commit(repo)
    source = (f"# source: derived from HanLP 1.x (github.com/hankcs/HanLP, branch {BRANCH} at {rev[:12]}, "
              "Apache License 2.0) by tools/derive-hanlp-lexicons.py; do not edit by hand.\n")

    words = []
    for line in git_show(repo, "data/dictionary/CoreNatureDictionary.txt").splitlines():
        parts = line.split("\t")
        word, natures, freqs = parts[0], parts[1::2], [int(f) for f in parts[2::2]]
        total = sum(freqs)
        if not freqs:
            continue
        top = natures[freqs.index(max(freqs))]
        # names of people, places and bodies are counted once each in HanLP's corpus: keep them all
        # so are idioms and set phrases (成语, 惯用语): a reader must know 齐聚一堂 is no name
        if is_han(word) and (total >= 2 or len(word) == 1 or top[:2] in ("nr", "ns", "nt") or top in ("i", "l")
                             or len(word) == 4):
            words.append((word, total, top))
    with open(os.path.join(out_dir, "zh-words.tsv"), "w", encoding="utf-8") as out:
        out.write(source)
        out.write("# word\tfrequency in HanLP's corpus\tmost frequent part of speech (HanLP/PKU tags: n, v, nr, ns, nt, …)\n")
        for word, total, top in words:
            out.write(f"{word}\t{total}\t{top}\n")

    rows = []
    for line in git_show(repo, "data/dictionary/person/nr.txt").splitlines():
        parts = line.split(" ")
        entry = parts[0]
        counts = dict(zip(parts[1::2], (int(c) for c in parts[2::2])))
        if is_han(entry) and len(entry) <= 2 and any(counts.get(r) for r in ROLES):
            rows.append((entry, [counts.get(r, 0) for r in ROLES]))
    with open(os.path.join(out_dir, "zh-name-roles.tsv"), "w", encoding="utf-8") as out:
        out.write(source)
        out.write("# entry\t" + "\t".join(ROLES) + "\t(counts of each name role in HanLP's role-tagged corpus)\n")
        for entry, counts in rows:
            out.write(entry + "\t" + "\t".join(map(str, counts)) + "\n")
    # Chinese names written in pinyin ("Wu Zhengpeng", "Ouyang Lin"): the syllables, and the surnames
    # of lexicon/chinese-surnames.tsv as pinyin, both read off HanLP's char-to-pinyin table
    pinyin = {}
    syllables = set()
    for line in git_show(repo, "data/dictionary/pinyin/pinyin.txt").splitlines():
        if "=" not in line:
            continue
        word, readings = line.split("=", 1)
        toneless = [r.rstrip("012345").replace("v", "u") for r in readings.split(",")]
        syllables.update(t for t in toneless if t.isalpha())
        if len(word) == 1:
            pinyin.setdefault(word, toneless[0])
    syllables.update({"lyu", "nyu", "lue", "nue"})
    surnames = []
    with open(os.path.join(out_dir, "chinese-surnames.tsv"), encoding="utf-8") as table:
        for line in table:
            if line.startswith("#") or not line.strip():
                continue
            surname = line.split("\t")[0].strip()
            if all(c in pinyin for c in surname):
                surnames.append("".join(pinyin[c] for c in surname))
    with open(os.path.join(out_dir, "zh-pinyin.tsv"), "w", encoding="utf-8") as out:
        out.write(source.replace("HanLP 1.x (", "HanLP 1.x's data/dictionary/pinyin/pinyin.txt and this project's lexicon/chinese-surnames.tsv ("))
        out.write("# pinyin syllable or surname, without tones (ü written u)\tkind (syllable or surname)\n")
        for syllable in sorted(syllables):
            out.write(f"{syllable}\tsyllable\n")
        for surname in sorted(set(surnames)):
            out.write(f"{surname}\tsurname\n")
    print(f"zh-words.tsv: {len(words)} words; zh-name-roles.tsv: {len(rows)} entries; "
          f"zh-pinyin.tsv: {len(syllables)} syllables, {len(set(surnames))} surnames")


if __name__ == "__main__":
    main()
