"""Steps 3-5 of the sentence reader: the persons of the sentence.

3. :meth:`PersonSteps.known_persons`: persons the article names elsewhere (headlines, surnames);
4. :meth:`PersonSteps.describe_person`: each person's role and side evidence;
5. :meth:`PersonSteps.role_nouns`: titles with no name ("Russia's president"), persons of their side.
"""
from __future__ import annotations

import re

from scripts import nlp
from scripts.names import spelling_key
from scripts.sentence_reader.words import (
    Found,
    _is_capitalized,
    _is_common,
    _short,
    _singular,
    _strip_article,
)
from scripts.sentence_reader.titles import public_title


_REGNAL = re.compile(r"^(?:\d{1,2}|[IVX]{1,5})$")    # the number of a monarch: "Leopold II", "Leopold 2"


class PersonSteps:
    """Steps 3-5: known persons, each person's description, titles with no name."""

    def known_persons(self):
        """Persons the article names elsewhere, wherever a name of theirs stands outside the names
        found so far: in headlines, where every word is capitalized and only known names can be
        told from the other words ("Zelenskiy Accuses Putin of Stalling as Witkoff Heads to
        Moscow"), with the first name when it is written ("Vladimir Putin Says"). A known surname
        that is also a frequent word ("Price", "Black") counts in a headline only with its first name."""
        covered = {k for f in self.found for k in range(f.start, f.end)}
        for i, word in enumerate(self.words):
            if i in covered or not _is_capitalized(word):
                continue
            known = self.persons.match([word], self.sentence.index)
            if not known:
                continue
            other_names = {spelling_key(w) for w in known.split()[:-1]}
            start = i
            while start > 0 and start - 1 not in covered and spelling_key(self.words[start - 1]) in other_names:
                start -= 1
            if self.is_heading and start == i and nlp.tagger().tagdict.get(word.lower(), "NNP") != "NNP":
                continue        # the tagger's frequent words ("price", "black", "may") are words here
            self.found.append(Found(start, i + 1, "person", known))

    def describe_person(self, person: Found):
        """Role and side evidence from the title before the name and the apposition after."""
        before = self.title_before(person.start)
        if before:
            # a title inside the name's phrase describes the person ("Kremlin aide Yuri Ushakov");
            # a whole noun phrase set off by a comma names the body in its own right
            # ("The United Nations envoy for Yemen, Hans Grundberg"): it stays a mention
            for item in before["items"]:
                item.consumed = item.consumed or not before["appositive"]
            owner = before["owner"]
            titles = before["phrase"]
            if owner is not None and owner.kind == "person":
                person.role = person.role or f"{titles} of {_short(owner.canonical)}"
                person.evidence.append(("person", owner.canonical, f"{titles} of {_short(owner.canonical)}", None))
            elif owner is not None and (owner.kind == "state" or owner.kind == "organization" and owner.side):
                # "Russia's ambassador", "The EU's foreign policy chief, Marta Lindqvist"
                owner.consumed = True
                person.role = person.role or f"{self.text_of(owner.start, owner.end)}'s {titles}"
                person.evidence.append(("state", owner.side, person.role, owner.name))
            else:
                chamber = self.chamber_before(before["start"])
                if chamber is not None:       # "Senate Republican Leader Dirksen"
                    titles = self.text_of(chamber, before["end"])
                    for item in self.found:
                        if chamber <= item.start < before["start"] and item is not person:
                            item.consumed = True
                    self.used.update(range(chamber, before["start"]))
                person.role = person.role or _strip_article(titles)
            sides = [i for i in before["items"] if i.side and i.kind in ("state", "organization")]
            if sides:
                person.evidence.append(("state", sides[0].side, _strip_article(titles), sides[0].name))
            elif owner is None and self.title_country(titles):      # "Foreign Secretary David Lammy"
                person.evidence.append(("state", self.title_country(titles), _strip_article(titles), None))
            self.used.update(range(before["start"], before["end"]))
        elif person.start >= 2 and self.words[person.start - 1] == "'s":
            owner = self.found_ending_at(person.start - 2)
            if owner is not None and owner.kind == "state" and owner.side:     # "Hungary's Viktor Orbán"
                owner.consumed = True
                person.evidence.append(("state", owner.side, self.text_of(owner.start, person.end), owner.name))
        if not person.role and not before:
            person.role = self.office_given(person) or self.title_of_list(person)
        last = self.words[person.end - 1]
        # a body's name read as a person's keeps its state out: "Boys Clubs of America"
        state = None if last.endswith("s") and _is_common(_singular(last.lower())) else self.state_after_of(person.end)
        if state is not None:       # "President Sukarno of Indonesia", "W. Averell Harriman of the United States"
            person.evidence.append(("state", state.side, self.text_of(person.start, state.end), state.name))
        end = person.end + (person.end < len(self.words) and bool(_REGNAL.match(self.words[person.end])))
        if state is None and end + 1 < len(self.words) and self.words[end] == "," \
                and not self.title_ending_at(end + 1):
            state = self.state_after_of(end + 1)     # "King Leopold II, of the Belgians"
            if state is not None:
                person.evidence.append(("state", state.side, self.text_of(person.start, state.end), state.name))
        after = self.apposition_after(person.end)
        if after is None and self.words[person.end:person.end + 1] == ["of"] and person.end + 2 < len(self.words) \
                and _is_capitalized(self.words[person.end + 1]) and self.words[person.end + 2] == ",":
            after = self.apposition_after(person.end + 2)   # "Marshall Formby of Plainview, former chairman of ..."
        if after and after["has_title"]:
            for item in after["items"]:
                if item.kind in ("place", "region_adjective"):
                    item.consumed = True
            if person.role and not public_title(person.role) and public_title(after["phrase"], domestic=True):
                # "Chairman Howard Smith, the courtly Virginia judge": the office of a state is the apposition's
                person.role = f"{person.role}, {_strip_article(after['phrase'])}"
            person.role = person.role or _strip_article(after["phrase"])
            owner = after["owner"]
            if owner is not None and owner.kind == "person":
                person.evidence.append(("person", owner.canonical, after["phrase"], None))
            sides = [i for i in after["items"] if i.side and i.kind in ("state", "organization")
                     and i is not owner and not self.is_mission_target(i)]
            if sides:
                sides[0].consumed = True
                person.evidence.append(("state", sides[0].side, after["phrase"], sides[0].name))
            elif owner is None and self.title_country(after["phrase"]):   # "Lammy, the foreign secretary"
                person.evidence.append(("state", self.title_country(after["phrase"]), after["phrase"], None))
            self.used.update(range(after["start"], after["end"]))

    def role_nouns(self):
        """A title with no name, whose side the text takes for granted through the state or seat
        before it: "Russia's president said", "the French president", "the Kremlin spokesman",
        "the U.S. secretary of state". Each is a person known by the office; across the article it
        joins the named person who holds that office there (see :func:`_join_across_sentences`)."""
        covered = {k for f in self.found if not f.consumed and f.kind != "state" for k in range(f.start, f.end)}
        for i in range(len(self.words)):
            title = self.title_ending_at(i)
            if not title or title[1] == "modifier" or i in self.used or i in covered:
                continue
            nxt = i + 1
            if nxt < len(self.words) and (_is_capitalized(self.words[nxt]) or self.words[nxt] == ","
                                          and nxt + 1 < len(self.words) and self.found_starting_at(nxt + 1)):
                continue                        # a name follows: the title is that person's
            if any((t := self.title_ending_at(k)) and t[0] <= i for k in range(nxt, min(nxt + 3, len(self.words)))):
                continue                        # the title goes on ("secretary" of "secretary of state")
            before = self.title_before(nxt)
            if not before:
                continue
            owner = before["owner"]
            states = [it for it in before["items"] if it.side and it.kind in ("state", "organization")]
            if owner is not None and owner.kind in ("state", "organization") and owner.side:
                source, phrase = owner, f"{self.text_of(owner.start, owner.end)}'s {before['phrase']}"
                start = owner.start
            elif states:
                source, phrase, start = states[0], _strip_article(before["phrase"]), before["start"]
            else:
                continue
            if any(start <= k <= i for k in self.used):
                continue
            # the office's own words after the state or seat: "army chief" of "Sudan's army chief"
            after = source.end + (1 if source is owner else 0)
            title_words = self.text_of(after, i + 1).lower()
            if source.name and source.name.kind == "seat":
                canonical = f"{self.text_of(source.start, source.end)} {title_words}"
            else:
                canonical = f"{self.kb.demonym_of.get(source.side, source.side)} {title_words}"
            for item in [*before["items"], *([owner] if owner is not None else [])]:
                item.consumed = True
            self.used.update(range(start, i + 1))
            self.found.append(Found(start, i + 1, "person", canonical, source.side, phrase,
                                    evidence=[("state", source.side, phrase, source.name)],
                                    office=(source.side, title_words.split()[-1])))
        self.found.sort(key=lambda f: f.start)
