#!/usr/bin/env python3
"""Derives the PHI guard's word lists from Debian's wamerican word list, at development time.

Run from the repository root:  python3 core/src/build/phi/derive-lexicon.py
It reads /usr/share/dict/american-english (package wamerican) and writes two files the guard ships:

  proper-nouns.txt   capitalised entries whose lower-case form is not itself a word (names, places,
                     brands): a capitalised token found here is a candidate identifier
  english-words.txt  lower-case entries: a capitalised token whose lower-case form is here is an
                     ordinary word (a heading, a sentence start), not a name

Possessive entries ("Bowlby's") are dropped; the guard strips possessives itself. The output is
committed, so the guard and its tests never read /usr/share/dict.
"""
import pathlib

source = pathlib.Path("/usr/share/dict/american-english")
out = pathlib.Path(__file__).resolve().parents[2] / "main/resources/org/securebase/core/phi"
words = [w for w in source.read_text(encoding="utf-8").split("\n") if w and "'" not in w]
lower = sorted({w for w in words if w[0].islower()})
lower_set = set(lower)
proper = sorted({w for w in words if w[0].isupper() and w.lower() not in lower_set})
header = "# derived from Debian wamerican (/usr/share/dict/american-english) by core/src/build/phi/derive-lexicon.py\n"
(out / "proper-nouns.txt").write_text(header + "\n".join(proper) + "\n", encoding="utf-8")
(out / "english-words.txt").write_text(header + "\n".join(lower) + "\n", encoding="utf-8")
print(len(proper), "proper nouns,", len(lower), "words")
