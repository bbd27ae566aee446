"""Step 2 of the sentence reader: proper names no table knows, typed by their cues.

:meth:`NameRuns.name_runs` finds the spans (the chunker's entities, capitalized words after a
title, runs of proper nouns); :meth:`NameRuns.classify_run` tells what each names, from the cues
around it, most telling first. The cues only this step reads (a sentence opener, an agent verb,
a group's own adjective) are here with it.
"""
from __future__ import annotations

import re

from scripts.sentence_reader.words import (
    _AUXILIARIES,
    _LOCATIVE,
    _NAME_PARTICLE,
    _OPENERS,
    _PLACE_NOUNS,
    _common_words,
    _dictionary_words,
    _entity_spans,
    Found,
    _is_capitalized,
    _is_initial,
    _singular,
)


# Words that are capitalized without naming anyone.
_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"}
# Words after which "to" names whom something is said or sent ("a message to Trump", "spoke to
# Witkoff"); a town is where one goes, not whom one addresses.
_ADDRESSED = {"message", "messages", "letter", "letters", "appeal", "reply", "response", "said", "says",
              "spoke", "speaks", "speaking", "talked", "talking", "wrote", "writing", "explained",
              "complained", "apologised", "apologized", "listened", "signal", "warning"}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s$")
# A party-and-place tag after a legislator's name ("Sen. Walter H. Jones R-Bergen"): not a word of the name.
_PARTY_TAG_WORD = re.compile(r"^[DRI]-[A-Z]")


class NameRuns:
    """Step 2: proper names no table knows (:meth:`name_runs`), typed by :meth:`classify_run`."""

    def name_runs(self) -> list[tuple[int, int]]:
        """Token spans [start, end) of proper names no table knows: the chunker's entities, a
        capitalized word after a title, runs of proper nouns; without calendar words, openers and
        titles, extended over name particles ("al-Burhan") and the head noun of a body's name."""
        covered = {k for f in self.found for k in range(f.start, f.end)}
        runs = []
        if self.chunks is None:
            self.chunks = _entity_spans(self.tokens)
        candidates = list(self.chunks)
        # a capitalized word after a title is a name even when the chunker missed it
        for i in range(len(self.words) - 1):
            t = self.title_ending_at(i)
            if t and t[1] != "modifier" and _is_capitalized(self.words[i + 1]) \
                    and self.tokens[i + 1].pos == "NNP":
                j = i + 1
                while j < len(self.words) and self.tokens[j].pos == "NNP" and _is_capitalized(self.words[j]):
                    j += 1
                candidates.append((i + 1, j))
        # the words of titles ("Prime Minister", "Secretary of State") are never part of a name
        in_title = set()
        for i in range(len(self.words)):
            t = self.title_ending_at(i)
            if t and t[1] != "modifier":
                in_title.update(range(t[0], i + 1))
        candidates += self.proper_noun_runs(in_title)
        for start, end in sorted(set(candidates)):
            run = []
            for k in range(start, end):
                word = self.words[k]
                inside = start < k < end - 1 or (k == end - 1 and k > start)
                keep = (k not in covered and (_is_capitalized(word) or (inside and _NAME_PARTICLE.match(word)))
                        and word != "'s" and not _PARTY_TAG_WORD.match(word)
                        and word not in _CALENDAR and word not in _OPENERS and k not in in_title
                        and not self.kb.is_title((word,)))
                if keep:
                    run.append(k)
                elif run:
                    runs.append((run[0], run[-1] + 1))
                    run = []
            if run:
                runs.append((run[0], run[-1] + 1))
        # a name goes on over particles and further capitalized words:
        # "Abdel Fattah" + "al-Burhan", "Mohammed bin Abdulrahman Al Thani"
        extended = []
        for start, end in sorted(set(runs)):
            j = end
            while j < len(self.words) and j not in covered and j not in in_title \
                    and not _PARTY_TAG_WORD.match(self.words[j]) \
                    and self.words[j] not in _CALENDAR and self.words[j] not in _OPENERS and (
                    _NAME_PARTICLE.match(self.words[j])
                    or (j > start and _NAME_PARTICLE.match(self.words[j - 1]) and _is_capitalized(self.words[j]))
                    or (self.tokens[j].pos == "NNP" and _is_capitalized(self.words[j]) and self.words[j] != "'s")
                    # a middle initial however tagged: "Salvatore" + "A." + "Bontempo"
                    or (j > start and _is_initial(self.words[j]) and j + 1 < len(self.words)
                        and _is_capitalized(self.words[j + 1]) and self.tokens[j + 1].pos == "NNP")
                    # the head noun of a body's name, however tagged: "Rapid Support" + "Forces"
                    or (self.head_kind(self.words[j]) in ("organization", "armed group")
                        and j == end and not self.found_starting_at(j))):
                j += 1
            while j > end and _NAME_PARTICLE.match(self.words[j - 1]) and "-" not in self.words[j - 1]:
                j -= 1
            # a title that ends inside the run is not part of the name ("Secretary of State Antony Blinken")
            while start < j - 1 and self.title_ending_at(start):
                start += 1
            extended.append((start, j))
        runs = sorted(set(extended))
        # drop runs inside longer runs
        return [r for r in runs if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in runs)]

    def proper_noun_runs(self, in_title: set[int]) -> list[tuple[int, int]]:
        """Runs of capitalized proper-noun tokens the chunker may have missed, e.g. after a
        capitalized opener ("Yesterday Friedrich Merz said", "On Tuesday Emmanuel Macron said").
        Time words, sentence adverbs and titles are left out. A run of two or more words is a
        candidate name; a single word only when a person's verb follows it ("Merz said")."""
        runs, i, n = [], 0, len(self.words)
        while i < n:
            j = i
            while j < n and self.tokens[j].pos in ("NNP", "NNPS") and _is_capitalized(self.words[j]) \
                    and self.words[j] not in _CALENDAR and self.words[j] not in _OPENERS \
                    and j not in in_title and not self.kb.is_title((self.words[j],)) and self.words[j].isalpha():
                j += 1
            if j - i >= 2 or (j - i == 1 and self.subject_of_reporting_verb(i, j)):
                runs.append((i, j))
            i = j + 1
        return runs

    def is_sentence_opener(self, start: int, end: int) -> bool:
        """A capitalized first word that is an ordinary English word ("International")."""
        first_word = next((k for k, w in enumerate(self.words) if any(c.isalnum() for c in w)), 0)
        word = self.words[start]
        plural_noun = self.tokens[start].pos == "NNS" and _singular(word.lower()) in _dictionary_words()
        return (start == first_word and end - start == 1
                and (word.lower() in _dictionary_words() or plural_noun)   # "Diplomats said"
                and word not in self.persons
                and not (self.tokens[start].pos == "NNP" and not word.endswith("s")
                         and self.subject_of_reporting_verb(start, end)))

    def classify_run(self, start: int, end: int) -> Found | None:
        """What a name no table knows is, from the cues around it, most telling first: a group's own
        adjective, a headline or sentence opener (only known persons), a place or body by its head
        noun, a title or apposition (a person), a known person, a preposition of place, a full name,
        a reporting or agent verb (a person); otherwise a place. None when it names no one."""
        words = self.words[start:end]
        surname = words[-1]
        before = self.title_before(start)
        after = self.apposition_after(end)
        prev = self.words[start - 1].lower() if start else ""
        nxt = self.words[end].lower() if end < len(self.words) else ""
        if len(words) == 1 and _ACRONYM_PLURAL.match(words[0]):
            return None         # the plural of an abbreviation ("MPs", "CEOs") names a group, no one
        group = None if self.is_heading else self.group_adjective(start, end)
        if group:               # before the opener test: "Kurdish fighters said" opens a sentence
            return group
        title = before["phrase"] if before else ""
        if self.is_heading or self.is_sentence_opener(start, end):
            known = self.persons.match(words, self.sentence.index, title)
            if known:
                return Found(start, end, "person", known)
            return None
        if len(words) >= 2 and surname.lower() in _PLACE_NOUNS:     # "Fulton County", "Kursk Oblast"
            return Found(start, end, "place", self.text_of(start, end), place_kind="place")
        if self.head_kind(surname) == "place":        # "Red Sea", "Arabian Peninsula"
            return Found(start, end, "place", self.text_of(start, end), place_kind="geographic feature")
        heads = [self.head_kind(w) for w in words if self.head_kind(w) in ("organization", "armed group")]
        if heads:                                    # "Rapid Support Forces", "Supreme Court"
            name = self.text_of(start, end)
            return Found(start, end, "organization", name, name, heads[-1])
        person_cue = before or (after and after["has_title"] and not after["place"])
        if not person_cue and (nxt in _PLACE_NOUNS or (after and after["place"])):
            place_end = end + 1 if nxt in _PLACE_NOUNS else end
            return Found(start, place_end, "place", self.text_of(start, place_end), place_kind="place")
        known = self.persons.match(words, self.sentence.index, title)
        if person_cue or known:
            return Found(start, end, "person", known or " ".join(words))
        if prev in _LOCATIVE or (prev in ("of", "from") and start >= 2 and (
                (p := self.found_ending_at(start - 2)) and p.kind == "person")):
            # "talks in Jeddah"; "Janet Jossy of North Plains", "Tom Zurcher from Hillsboro"
            return Found(start, end, "place", self.text_of(start, end), place_kind="place")
        if len(words) <= 3 and self.subject_of_reporting_verb(start, end) and prev not in ("of", "from") and not (
                len(words) == 1 and self.tokens[start].pos == "NNPS") and not (
                len(words) >= 2 and all(w.lower() in _common_words() for w in words)):
            return Found(start, end, "person", " ".join(words))      # "Sandman said", "said Chapman"
        if len(words) >= 2 and all(w.lower() in _common_words() for w in words):
            # capitalized common words ("Living Room", "Federal Bureau") name no one, unless they
            # begin a body's name found elsewhere ("Popular Mobilization" -> "... Forces")
            return Found(start, end, "person", " ".join(words), common_words=True)
        if len(words) >= 2 and words[0].isalpha() and words[0][0].isupper() and words[-1][:1].isupper() \
                and all((w.isalpha() and w[0].isupper()) or _NAME_PARTICLE.match(w) or _is_initial(w)
                        for w in words[1:]):
            # "Friedrich Merz", "Ursula von der Leyen", "William A. Martinelli"
            return Found(start, end, "person", " ".join(words))
        if self.followed_by_reporting_verb(end):
            if len(words) == 1 and self.tokens[start].pos == "NNPS" and surname.endswith("s"):
                return Found(start, end, "group", surname, "", "")   # "Republicans said"
            return Found(start, end, "person", " ".join(words))
        if self.acts_as_person(start, end):
            return Found(start, end, "person", " ".join(words))
        return Found(start, end, "place", self.text_of(start, end), place_kind="place")

    def acts_as_person(self, start: int, end: int) -> bool:
        """A name no table, title or full name explains is a person's when it does what persons do:
        the subject of an agent verb ("Witkoff arrived", "Erdogan offered to help"), the object of
        one that takes a person ("Putin met Witkoff", "afraid to tell Trump", "talks with Witkoff"),
        the owner of a title ("Trump's envoy"), or joined by "and"/"or" to a person ("between Putin
        and Trump"). A town is none of these ("fell to Russian forces in Sudzha")."""
        words, tokens = self.words, self.tokens
        if end < len(words) and _is_capitalized(words[end]) and self.found_starting_at(end):
            return False        # the first word of a longer name ("New" in "New Jersey")
        j = end
        while j < len(words) and words[j].lower() in _AUXILIARIES:
            j += 1
        if j < len(words) and tokens[j].pos.startswith("VB") and words[j].lower() in self.kb.agent_verbs:
            return True
        prev = words[start - 1].lower() if start else ""
        if prev in self.kb.agent_verbs and self.kb.agent_verbs[prev] and tokens[start - 1].pos.startswith("VB"):
            return True
        if prev == "with" and start >= 2 and words[start - 2].lower() in self.kb.agent_verbs:
            return True
        if prev == "to" and start >= 2 and words[start - 2].lower() in _ADDRESSED:
            return True             # "sent a message to Trump", "spoke to Witkoff"
        if end + 1 < len(words) and words[end] == "'s" and any(
                (t := self.title_ending_at(k)) and t[1] != "modifier" and t[0] <= end + 2
                for k in range(end + 1, min(end + 4, len(words)))):
            return True
        if prev in ("and", "or") and start >= 2:
            other = self.found_ending_at(start - 2)
            if (other and other.kind == "person") or words[start - 2] in self.persons:
                return True
        if end + 1 < len(words) and words[end].lower() in ("and", "or"):
            other = self.found_starting_at(end + 1)
            if (other and other.kind == "person") or words[end + 1] in self.persons:
                return True
        return False

    def group_adjective(self, start: int, end: int) -> Found | None:
        """A capitalized word that no table knows and no dictionary has, before a group's head
        noun, a title or a group noun, is a non-state group's own adjective: "the Houthi movement"
        (the group), "a Houthi spokesman" (an unnamed member, on the group's side). Country
        demonyms never get here: the tables found them first."""
        word = self.words[start]
        if end - start != 1 or end >= len(self.words) or word.lower() in _common_words() \
                or word in self.persons or not word.isalpha():
            return None
        noun = self.words[end]
        if noun != noun.lower():
            return None
        known = self.kb.names.get((word + "s",))     # "Houthi" -> "Houthis" when the table has it
        group = known.canonical if known and known.kind == "organization" else ""
        head = self.kb.head_nouns.get(noun, "")
        if head in ("organization", "armed group"):
            canonical = group or self.text_of(start, end + 1)
            return Found(start, end + 1, "organization", canonical, canonical, head,
                         name=known if group else None, adjective=word)
        title = self.kb.is_title((noun,))
        kind = title if title and title != "modifier" else self.kb.group_nouns.get(noun)
        if kind and kind != "military":
            first = self.group_start(start)
            return Found(first, end + 1, "group", f"{word} {noun}", group, kind,
                         evidence=[("state", group, word, known if group else None)], adjective=word)
        return None
