"""The persons an article names, and whom a shorter or differently spelled mention picks out.

Filled once per article before the sentences are read (see :func:`scripts.actors.read_sentences`),
so that a bare surname in one sentence can be the full name of another.
"""
from __future__ import annotations

from scripts.names import spelling_key
from scripts.sentence_reader.words import _NAME_PARTICLE, _is_initial


def _surnames(full_name: str) -> list[str]:
    """How a person may be named again: "Abdel Fattah al-Burhan" -> al-Burhan, Burhan."""
    last = full_name.split()[-1]
    names = [last]
    if "-" in last and _NAME_PARTICLE.match(last):
        names.append(last.split("-", 1)[1])
    return names


# Words of address before a name ("Mr. Hawksley"): never part of whom the name picks out.
_HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Dame"}


class _Persons:
    """The persons an article names, in reading order, and whom a shorter or differently spelled
    mention picks out: a surname the nearest full name before it that ends so ("Putin" -> "Vladimir
    Putin"), a full name one with the same or a compatible first name ("Dmitri Peskov" -> "Dmitry
    Peskov", "Donald J. Trump" -> "Donald Trump"); a different first name is another person
    ("Melvin Carter" is not "James Carter")."""

    def __init__(self):
        self.names: list[tuple[int, list[str]]] = []     # (sentence index, words of the name)
        self.by_surname: dict[str, list[int]] = {}       # surname key -> indexes into names
        self.titles: dict[int, set[str]] = {}            # index into names -> titles written before it

    @staticmethod
    def _words(words) -> list[str]:
        return [w for w in words if w not in _HONORIFICS] or list(words)

    def _candidates(self, words: list[str]) -> list[int]:
        keys = dict.fromkeys(spelling_key(s) for s in _surnames(" ".join(words)))
        return [k for key in keys for k in self.by_surname.get(key, [])]

    @staticmethod
    def _compatible(words: list[str], name: list[str]) -> bool:
        """Can ``words`` (same surname) be the person ``name``? A bare surname can be anyone's; a
        full name needs the same first name or initial ("B. D. Pelham"), or all the words of the
        shorter name in the longer ("Souvanna Phouma", "Prince Souvanna Phouma")."""
        if len(words) == 1 or len(name) == 1:
            return True
        first, other = words[0], name[0]
        if _is_initial(first) or _is_initial(other):
            return first[0] == other[0]
        shorter, longer = sorted((words, name), key=len)
        return spelling_key(first) == spelling_key(other) or \
            {spelling_key(w) for w in shorter} <= {spelling_key(w) for w in longer}

    def match(self, words, at: int, title: str = "") -> str | None:
        """The canonical name of the person ``words`` (read in sentence ``at``) names, if known. A
        title written before a bare surname picks the one of that name who bears it ("President
        Kennedy" is not "Attorney General Robert Kennedy", named later)."""
        words = self._words(words)
        found = [k for k in self._candidates(words) if self._compatible(words, self.names[k][1])]
        if not found:
            return None
        titled = [k for k in found if _title_key(title) in self.titles.get(k, ())] if title else []
        found = titled or found
        if len(words) == 1:
            # the latest person so named before this sentence, a full name before a bare one
            before = [k for k in found if self.names[k][0] <= at] or found[:1]
            k = max(before, key=lambda k: (self.names[k][0], len(self.names[k][1]) > 1))
        else:
            k = found[0]
        return " ".join(self.names[k][1])

    def __contains__(self, word: str) -> bool:
        return spelling_key(word) in self.by_surname

    def add(self, canonical: str, at: int, title: str = ""):
        words = self._words(canonical.split())
        same = [k for k in self._candidates(words) if self._compatible(words, self.names[k][1])]
        if title:
            self.titles.setdefault(same[0] if same else len(self.names), set()).add(_title_key(title))
        if same:
            k = same[0]
            if len(words) > len(self.names[k][1]):    # a bare surname, then the full name
                self.names[k] = (self.names[k][0], words)
                for surname in _surnames(" ".join(words)):
                    self.by_surname.setdefault(spelling_key(surname), [])
                    if k not in self.by_surname[spelling_key(surname)]:
                        self.by_surname[spelling_key(surname)].append(k)
            return
        self.names.append((at, words))
        for surname in _surnames(" ".join(words)):
            self.by_surname.setdefault(spelling_key(surname), []).append(len(self.names) - 1)


def _title_key(phrase: str) -> str:
    return " ".join(phrase.lower().replace(".", " ").split())
