"""Many regular expressions searched in one text, faster than one by one.

The cue tables give tens or hundreds of patterns, and most sentences hold none of
them or one or two. Searching each pattern through the whole sentence costs one
pass per pattern; here one combined pattern finds every position where some
pattern matches, and each pattern is tried at those positions only. The result is
what ``pattern.finditer`` gives for each pattern, match for match.
"""
from __future__ import annotations

import re

# what cannot be combined without changing its meaning: backreferences by number
# (the groups are renumbered in the alternation) or by name
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


class PatternSet:
    """Compiled patterns (with the same flags), searched together. ``combined``, when given,
    is a pattern that matches at exactly the positions where one of them does."""

    def __init__(self, patterns, combined: re.Pattern | None = None, before: str = "", after: str = ""):
        self.patterns = tuple(patterns)
        self._any = combined
        flags = {p.flags for p in self.patterns}
        if combined is None and self.patterns and len(flags) == 1 and \
                not any(_BACKREFERENCE.search(p.pattern) for p in self.patterns):
            # lookarounds that every pattern starts and ends with (word boundaries) are taken out of
            # the alternation, so that they are tried once per position, not once per pattern
            if not all(p.pattern.startswith(before) and p.pattern.endswith(after)
                       and len(p.pattern) >= len(before) + len(after) for p in self.patterns):
                before = after = ""
            inner = "|".join(f"(?:{p.pattern[len(before):len(p.pattern) - len(after)]})" for p in self.patterns)
            try:
                self._any = re.compile(f"{before}(?:{inner}){after}", flags.pop())
            except re.error:         # a pattern that cannot be combined: searched one by one
                self._any = None

    def starts(self, text: str) -> list[int]:
        """Every position where some pattern matches."""
        starts, m = [], self._any.search(text)
        while m:
            starts.append(m.start())
            if m.start() >= len(text):      # an empty match at the end: a search past it finds it again
                break
            m = self._any.search(text, m.start() + 1)
        return starts

    def each(self, text: str) -> list[list[re.Match]]:
        """For each pattern, in order, its matches in ``text`` as ``finditer`` gives them."""
        if self._any is None:
            return [list(p.finditer(text)) for p in self.patterns]
        starts = self.starts(text)
        if not starts:
            return [[] for _ in self.patterns]
        out = []
        for pattern in self.patterns:
            found, reached = [], 0       # as finditer does, the next match starts where the last ended
            for start in starts:
                if start < reached or not (m := pattern.match(text, start)):
                    continue
                if m.end() == start:     # an empty match: finditer's own rules for those apply
                    return [list(p.finditer(text)) for p in self.patterns]
                found.append(m)
                reached = m.end()
            out.append(found)
        return out

