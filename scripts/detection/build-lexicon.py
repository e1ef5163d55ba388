#!/usr/bin/env python3
"""Builds the name and word lists that detection ships, from the source extracts named in
src/main/resources/nl/openbaar/detection/lexicon/SOURCES.md.

Usage: scripts/detection/build-lexicon.py SOURCE_DIR
  SOURCE_DIR holds nl-first-names-reithose.tsv, zxcvbn-nl-be-first-names-*.txt, zxcvbn-nl-be-last-names.txt,
  nl-surnames-meertens2007-freq5plus.txt and opentaal-nl-words-lowercase.txt (see SOURCES.md for origin and licence).

Output (sorted, lower-case, UTF-8, one entry a line):
  first-names.txt     first names (reithose/voornamen + Statbel via zxcvbn-ts)
  surnames.txt.gz     surname cores: the name without its interfix ("van den Heuvel" -> "heuvel"), with a '+'
                      suffix when the core occurs with an interfix in the source ("heuvel+")
  common-words.txt.gz ordinary Dutch words (OpenTaal, lower-case entries only)
"""
import gzip, os, sys

INTERFIXES = {"van", "de", "der", "den", "het", "'t", "t", "ter", "te", "ten", "in", "op", "el", "al", "von", "zu",
              "du", "da", "di", "le", "la", "les", "des", "dos", "das", "del", "della", "d'", "l'", "aan", "bij",
              "uit", "onder", "over", "voor", "vander", "vanden", "ben", "bin", "ibn", "abu", "ait", "aït", "o'",
              "mc", "mac", "y", "e", "'s", "s"}


def lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield line


def main(src):
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                        "src", "main", "resources", "nl", "openbaar", "detection", "lexicon")
    first = set()
    for i, line in enumerate(lines(os.path.join(src, "nl-first-names-reithose.tsv"))):
        if i == 0:
            continue
        first.add(line.split("\t")[0].lower())
    for f in ("zxcvbn-nl-be-first-names-male.txt", "zxcvbn-nl-be-first-names-female.txt"):
        first.update(l.lower() for l in lines(os.path.join(src, f)))
    first = {n for n in first if len(n) >= 2 and n.replace("-", "").replace("'", "").isalpha()}

    cores = {}
    for line in lines(os.path.join(src, "nl-surnames-meertens2007-freq5plus.txt")):
        parts = line.replace("'s-", "'s ").split()
        had_interfix = False
        while len(parts) > 1 and parts[0].lower() in INTERFIXES:
            parts.pop(0)
            had_interfix = True
        for p in parts:
            p = p.lower().strip(".")
            if len(p) < 2 or not p.replace("-", "").replace("'", "").isalpha():
                continue
            cores[p] = cores.get(p, False) or had_interfix
    for line in lines(os.path.join(src, "zxcvbn-nl-be-last-names.txt")):
        p = line.lower()
        if len(p) >= 2 and p.replace("-", "").replace("'", "").isalpha():
            cores.setdefault(p, False)

    with open(os.path.join(here, "first-names.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(first)) + "\n")
    with gzip.open(os.path.join(here, "surnames.txt.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(k + ("+" if v else "") for k, v in sorted(cores.items())) + "\n")
    with gzip.open(os.path.join(here, "common-words.txt.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        words = sorted({w for w in lines(os.path.join(src, "opentaal-nl-words-lowercase.txt"))})
        out.write("\n".join(words) + "\n")
    print(f"first names {len(first)}, surname cores {len(cores)}, common words {len(words)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
