"""Steps 6-7 of the sentence reader: groups, a state's bodies, and places.

6. :meth:`GroupSteps.resolve_names`: the table names in context ("Russian officials" a group,
   "Russia's defence ministry" a body, "talks in Jeddah" a place);
7. :meth:`GroupSteps.bare_groups`: unnamed groups that speak ("Observers suggest").
"""
from __future__ import annotations

from scripts.sentence_reader.words import _LOCATIVE, _dictionary_words, Found, _is_capitalized


# Head nouns that after a state's name are the state itself or its forces, not a body of it.
_STATE_ITSELF = {"government", "administration", "authorities", "army", "military", "forces", "union",
                 "party", "company", "group", "movement", "front", "alliance", "coalition"}
# Bodies a state has one of, named by the head noun alone ("Russia's parliament").
_BODIES_ALONE = {"ministry", "parliament", "senate", "cabinet", "legislature", "assembly"}
_DETERMINERS = {"the", "a", "an", "many", "some", "several", "most", "few", "other", "all",
                "these", "those", "two", "three", "senior", "top"}


class GroupSteps:
    """Steps 6-7: table names in context, and unnamed groups that speak."""

    def resolve_names(self):
        """The table names in context: a state or bloc before a group noun makes a group ("Russian
        officials", "officials in Moscow"), before "forces" its military; a state's body ("Russian
        Foreign Ministry", "Russia's defence ministry") an organization; a capital or country after a
        preposition of place, or after a place and a comma, only locates ("talks in Jeddah")."""
        for item in list(self.found):
            if item.consumed or item.kind == "person" or not item.name:
                continue
            i = item.start
            prev = self.words[i - 1].lower() if i else ""
            possessive = item.end < len(self.words) and self.words[item.end] == "'s"
            group = self.group_after(item) if item.kind in ("state", "region_adjective", "organization") else None
            if group and group[2] != "military":
                end, noun, kind = group
                if "military" in (w.lower() for w in self.words[item.end:end - 1]):
                    kind = "military"      # "Russian military officials"
                surface = self.text_of(item.start, end)
                self.replace(item, Found(item.start, end, "group", surface, item.side, kind,
                                         evidence=[("state", item.side, self.text_of(item.start, item.end),
                                                    item.name)]))
                continue
            if group and group[2] == "military":
                if item.kind == "region_adjective":
                    self.replace(item, Found(item.start, group[0], "group", self.text_of(item.start, group[0]),
                                             item.side, "military",
                                             evidence=[("state", item.side, self.words[item.start], item.name)]))
                elif item.kind == "state":
                    item.end, item.role = group[0], "military"
                continue
            if item.kind == "region_adjective":
                item.consumed = True            # "European peacekeeping force": a place word, no actor
                continue
            organ = self.organ_after(item, possessive) if item.kind == "state" else None
            if organ:
                self.replace(item, organ)
                continue
            if item.kind == "state" and item.name.kind == "demonym":
                # "Russian Foreign Ministry": an organization of the state
                j = item.end
                # "Sudanese Armed Forces": capitalized words however tagged, up to a head noun
                while j < len(self.words) and _is_capitalized(self.words[j]) and self.words[j] != "'s" \
                        and (self.tokens[j].pos.startswith("NNP") or self.head_kind(self.words[j])
                             or self.tokens[j].pos in ("JJ", "VBN")):
                    j += 1
                while j > item.end and not self.head_kind(self.words[j - 1]):
                    j -= 1
                if j > item.end and self.head_kind(self.words[j - 1]) in ("organization", "armed group"):
                    role = "military" if self.head_kind(self.words[j - 1]) == "armed group" else "government"
                    self.replace(item, Found(item.start, j, "organization", self.text_of(item.start, j),
                                             item.side, role))
                continue
            if item.kind == "state" and item.name.kind in ("country", "capital") and not possessive \
                    and prev in _LOCATIVE:
                before = self.words[i - 2].lower() if i >= 2 else ""
                if before in self.kb.group_nouns and self.kb.group_nouns[before] != "military":
                    # "officials in Moscow": a group of that state
                    noun = self.words[i - 2]
                    demonym = self.kb.demonym_of.get(item.side, item.side)
                    g0 = self.group_start(i - 2)
                    self.replace(item, Found(g0, item.end, "group", f"{demonym} {noun.lower()}", item.side,
                                             self.kb.group_nouns[before],
                                             evidence=[("state", item.side, self.text_of(item.start, item.end),
                                                        item.name)]))
                    continue
                item.kind, item.place_kind = "place", item.name.kind
            elif item.kind == "state" and item.name.kind == "country" and prev == "," and i >= 2:
                located = self.found_ending_at(i - 2)
                if located and located.kind == "place":       # "Jeddah, Saudi Arabia"
                    item.kind, item.place_kind = "place", "country"

    def group_after(self, item: Found) -> tuple[int, str, str] | None:
        """(end token, noun, kind) of a group noun after a modifier: "Russian (military) officials"."""
        j = item.end
        while j < len(self.words) and self.kb.is_title((self.words[j],)) == "modifier":
            j += 1
        if j < len(self.words) and self.words[j].lower() in self.kb.group_nouns:
            return j + 1, self.words[j].lower(), self.kb.group_nouns[self.words[j].lower()]
        return None

    def organ_after(self, item: Found, possessive: bool) -> Found | None:
        """A state's body written in lower case after its name or adjective: "Russia's defence
        ministry", "the Ukrainian security service", "Moscow's foreign ministry" are the
        organizations "Russian Defence Ministry", "Ukrainian Security Service" of that state."""
        j = item.end + (1 if possessive else 0)
        if not possessive and item.name.kind != "demonym":
            return None
        first = j
        while j < len(self.words) and j - first < 3 and self.words[j].isalpha() and self.words[j].islower() \
                and self.tokens[j].pos in ("JJ", "NN", "NNS", "NNP"):
            j += 1
        while j > first and self.kb.head_nouns.get(self.words[j - 1]) not in ("organization", "armed group"):
            j -= 1
        if j == first or self.words[j - 1] in _STATE_ITSELF or self.words[j - 1] in self.kb.group_nouns:
            return None
        if j - first == 1 and self.words[first] not in _BODIES_ALONE:
            return None         # "the ball is in Russia's court": a bare head noun needs its qualifier
        demonym = self.kb.demonym_of.get(item.side, item.side)
        head = self.kb.head_nouns[self.words[j - 1]]
        name = " ".join([demonym, *(w.capitalize() for w in self.words[first:j])])
        return Found(item.start, j, "organization", name, item.side,
                     "military" if head == "armed group" else "government")

    def replace(self, old: Found, new: Found):
        self.found = [f for f in self.found if f is not old
                      and not (new.start <= f.start and f.end <= new.end)]
        self.found.append(new)
        self.found.sort(key=lambda f: f.start)

    def group_start(self, start: int) -> int:
        while start > 0 and self.words[start - 1].lower() in _DETERMINERS:
            start -= 1
        return start

    def bare_groups(self):
        """"Observers suggest", "Some analysts believe": unnamed groups that speak."""
        covered = {k for f in self.found for k in range(f.start, f.end)}
        for i, word in enumerate(self.words):
            kind = self.kb.group_nouns.get(word.lower())
            if i in covered or not kind or kind == "military":
                continue
            if self.followed_by_reporting_verb(i + 1):
                first = self.group_modifiers_start(i, covered)
                start = self.group_start(first)
                self.found.append(Found(start, i + 1, "group", self.group_name(first, i), "", kind))
        self.found.sort(key=lambda f: f.start)

    def group_modifiers_start(self, i: int, covered: set[int]) -> int:
        """First token of the words that qualify the group noun at ``i``: "Rebel leaders",
        "opposition leaders", "Houthi negotiators" name their group, not just "leaders"."""
        j = i
        while j > 0 and j - 1 not in covered and self.tokens[j - 1].pos in ("JJ", "NN", "NNP") \
                and self.words[j - 1].isalpha() and self.words[j - 1].lower() not in _DETERMINERS:
            j -= 1
        return j

    def group_name(self, first: int, i: int) -> str:
        """"Rebel leaders" -> "rebel leaders": common words in lower case, names as written."""
        words = self.words[first:i + 1]
        return " ".join(w.lower() if w.lower() in _dictionary_words() or k == len(words) - 1 else w
                        for k, w in enumerate(words))
