"""What every step of the sentence reader asks of its sentence, again and again.

The title ending at a token, what was found at a token, the text of a span, whether a reporting
verb follows a name: no step owns these, so they stand apart from all of them.
"""
from __future__ import annotations

from scripts.sentence_reader.words import (
    _AUXILIARIES,
    _TITLE_SUFFIXES,
    Found,
    _is_capitalized,
    _without_time_suffix,
)


# verbs that put the speaker after them when they follow a quotation ('"...," said Chapman')
_INVERTING_CUES = {"said", "says", "added", "asked", "declared", "replied", "continued", "explained"}
_QUOTE_OR_COMMA = {",", "''", '"', "\u201d", "\u201c", "``", ";", ":", "."}


class Lookups:
    """Lookups over the sentence's tokens and what the steps found so far."""

    def title_ending_at(self, i: int) -> tuple[int, str] | None:
        """(start, role class) of the longest title or modifier ending at token i (asked for many
        times per token by the steps of the reading: computed once)."""
        if i not in self._titles:
            self._titles[i] = self._title_ending_at(i)
        return self._titles[i]

    def _title_ending_at(self, i: int) -> tuple[int, str] | None:
        for size in (4, 3, 2, 1) if self.words[i].lower() in self.kb.title_ends() else ():
            if i - size + 1 < 0:
                continue
            words = tuple(self.words[i - size + 1:i + 1])
            role = self.kb.is_title(_without_time_suffix(words))
            if role and (size > 1 or words[0][:1].isalpha()):    # "Sen.", "secretary-general" too
                return i - size + 1, role
        # a title with a suffix of its time: "chancellor-in-waiting", "president-designate"
        head, _, suffix = self.words[i].partition("-")
        if suffix in _TITLE_SUFFIXES and self.kb.is_title((head,)) not in (None, "modifier"):
            return i, self.kb.is_title((head,))
        return None

    def head_kind(self, word: str) -> str:
        """organization | armed group | place when a capitalized word is the head of a name
        ("Forces", "Council", "Sea"), else ""."""
        return self.kb.head_nouns.get(word.lower(), "") if _is_capitalized(word) else ""

    def found_ending_at(self, i: int) -> Found | None:
        return next((f for f in self.found if f.end == i + 1), None)

    def found_starting_at(self, i: int) -> Found | None:
        return next((f for f in self.found if f.start == i), None)

    def text_of(self, start: int, end: int) -> str:
        return self.sentence.text[self.tokens[start].start:self.tokens[end - 1].end]

    def followed_by_reporting_verb(self, end: int) -> bool:
        j = end
        while j < len(self.words) and self.words[j].lower() in _AUXILIARIES:
            j += 1
        if j >= len(self.words):
            return False
        word = self.words[j].lower()
        return (word in self.kb.verbs and self.tokens[j].pos.startswith("VB")) or any(
            tuple(w.lower() for w in self.words[j:j + len(k)]) == k
            for k in self.kb.phrasal_verbs_starting(word))

    def subject_of_reporting_verb(self, start: int, end: int) -> bool:
        """The name is the subject of a reporting verb: "Merz said", "said Merz" after a quotation,
        "Barber, who is a legislator, said" (one parenthetical between, no quotation in it)."""
        if self.followed_by_reporting_verb(end):
            return True
        before = [w.lower() for w in self.words[max(0, start - 2):start]]
        if before and before[-1] in _INVERTING_CUES and (len(before) < 2 or before[0] in _QUOTE_OR_COMMA):
            return True
        if end < len(self.words) and self.words[end] == ",":
            close = next((k for k in range(end + 1, min(len(self.words), end + 20))
                          if self.words[k] in _QUOTE_OR_COMMA), None)
            return close is not None and self.words[close] == "," and self.followed_by_reporting_verb(close + 1)
        return False
