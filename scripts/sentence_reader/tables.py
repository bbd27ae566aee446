"""Step 1 of the sentence reader: the names the knowledge tables know.

Countries, seats, organizations, media and regions of ``scripts/data``, longest match first;
every later step reads around what this one found.
"""
from __future__ import annotations

from scripts.sentence_reader.words import _OPENERS, Found, _is_capitalized


class TableNames:
    """Step 1: names of the knowledge tables."""

    def _names(self) -> list[Found]:
        """Longest matches of the knowledge tables, left to right."""
        out, i, n = [], 0, len(self.words)
        longest = self.kb.name_starts()      # by first word
        while i < n:
            for size in range(min(longest.get(self.words[i], 0), n - i), 0, -1):
                name = self.kb.names.get(tuple(self.words[i:i + size]))
                if name and name.kind == "organization" and size == 1 and i and \
                        (t := self.title_ending_at(i - 1)) and t[1] != "modifier":
                    name = None     # a surname after a person's title: "Mayor Wagner" is no Wagner Group
                if name and name.kind == "organization" and size == 1 and i > 1 and self.words[i][:1].isupper() \
                        and self.words[i].isalpha() and _is_capitalized(self.words[i - 1]) \
                        and (tuple(self.words[i - 1:i]) not in self.kb.names) and self.words[i - 1] not in _OPENERS:
                    name = None     # the last word of a longer name: "Texas Highway Commission" is no European Commission
                if name:
                    kind = {"country": "state", "capital": "state", "seat": "state", "demonym": "state",
                            "organization": "organization", "media": "media",
                            "region": "place", "region_adjective": "region_adjective"}[name.kind]
                    out.append(Found(i, i + size, kind, name.canonical, name.side, name.role, name))
                    i += size
                    break
            else:
                i += 1
        return out
