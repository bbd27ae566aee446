"""How the spellings of a person's name in English are told to be one name.

One key for the actors of an article (:mod:`scripts.actors`) and for the dated
officeholder table (:mod:`scripts.officeholders`), so that a name the article
spells one way finds the table's row spelled another.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 14)
def spelling_key(word: str) -> str:
    """A name word as its spellings in English share it: accents dropped ("Orbán" -> "orban"),
    y and i alike after the first letter, doubled (ii, iy, yy) or with j ("Zelenskyy", "Zelensky",
    "Zelenskiy", "Zelenskij" -> "zelenski"; "Dmitry", "Dmitri" -> "dmitri"), ks as x
    ("Oleksandr" -> "olexandr") and the Belarusian -enka as -enko ("Lukashenka" -> "lukashenko").
    Only persons' names are compared so: "Rossi" and "Ross" stay apart."""
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower() or word.lower()
    key = folded[0] + folded[1:].replace("y", "i")
    key = re.sub(r"i+j$", "i", key)
    key = re.sub(r"i{2,}", "i", key).replace("ks", "x")
    return key[:-1] + "o" if key.endswith("enka") else key
