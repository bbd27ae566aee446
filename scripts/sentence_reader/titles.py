"""Titles and appositions: the phrases around a name that say who a person is.

A title before a name ("Kremlin aide Yuri Ushakov", "Trump's envoy, Steven Witkoff"), an
apposition after it ("Steven Witkoff, a close ally of Trump"), a state after "of" ("Sukarno of
Indonesia"), an office given ("was appointed district attorney"), the plural title of a list.
Step 2 reads them to tell a person's name, step 4 for the person's role and side, step 5 for a
title with no name. :func:`public_title` tells which titles are a state's public offices.
"""
from __future__ import annotations

from scripts import nlp
from scripts.knowledge import knowledge
from scripts.sentence_reader.words import (
    _AUXILIARIES,
    _MINOR_WORDS,
    _PLACE_NOUNS,
    Found,
    _is_capitalized,
    _is_initial,
    _singular,
    _strip_article,
    _without_time_suffix,
)


# the head nouns of a public agency's name, after a subdivision or "State": "Texas Highway Commission"
_AGENCY_NOUNS = {"Commission", "Department", "Board", "Agency", "Authority", "Bureau"}
# the chambers of a legislature, capitalized, and the party words that may stand between one and a
# title ("Senate Republican Leader", "House Majority Whip"): the title is then an office of the chamber
_CHAMBERS = {"Senate", "House", "Assembly", "Legislature", "Congress", "Parliament"}
_PARTY_WORDS = {"Republican", "Democratic", "Democrat", "Majority", "Minority", "Labour", "Conservative",
                "Liberal", "GOP"}
# verbs that give a person an office: "was appointed district attorney", "confirmed Weaver as"
_APPOINTED = {"appointed", "named", "elected", "confirmed", "designated", "nominated", "reelected", "re-elected"}
# Prepositions after a title that name what the post is about, not whom it serves:
# "envoy for Yemen", "ambassador to NATO" (but "envoy of the African Union" serves it).
_MISSION_PREPOSITIONS = {"for", "to"}
_POSTED_IN = {"in", "at"}      # where a post is held: "the Russian ambassador in London"
_APPOSITION_OPENERS = {"a", "an", "the", "his", "her", "its", "their"}
_RELATIVE_PRONOUNS = {"who", "whom", "whose", "which", "that"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Role classes of titles.csv that only a state's public service holds. "official" is not one:
# it also holds the chairmen, directors and heads of companies, parties and clubs; of its
# titles, these few are offices of a state at some level.
_PUBLIC_ROLE_CLASSES = {"head of state", "head of government", "minister", "government", "legislator",
                        "military", "judiciary", "diplomat", "police", "local government"}
# Titles that companies, unions and clubs give too: an office of a state only as a formal title,
# capitalized and with no body after it ("President Kennedy", "Secretary Rusk"), since news style
# writes an occupation in lower case ("railroad president Alfred Perlman", "president of the exchange").
_OFFICES_OF_ANY_BODY = {("president",), ("vice", "president"), ("vice-president",), ("secretary",),
                        ("treasurer",), ("controller",), ("comptroller",), ("representative",), ("premier",),
                        ("chancellor",)}      # a university's chancellor: "Chancellor of Chicago"
# Of those, the offices of home affairs: a story that also reports on abroad names foreign
# presidents, premiers, ministers and generals, but its senators, judges and sheriffs are its own.
_DOMESTIC_ROLE_CLASSES = {"legislator", "judiciary", "police", "local government"}
_PUBLIC_OFFICIAL_TITLES = {("governor",), ("gov.",), ("mayor",), ("comptroller",), ("controller",),
                           ("treasurer",), ("lt.", "gov."), ("lieutenant", "governor"), ("representative",),
                           ("presidential", "aide"), ("presidential", "adviser"), ("commissioner",), ("warden",),
                           # a diplomatic agent (Merriam-Webster: envoy), sent by a state or an organisation
                           ("envoy",), ("special", "envoy")}


class Titles:
    """The titles and appositions around a name (read by steps 2, 4 and 5)."""

    def title_before(self, a: int) -> dict | None:
        """The title phrase before a name: "Russian Foreign Ministry spokeswoman Maria
        Zakharova", "Trump's envoy, Steven Witkoff"."""
        i = a - 1
        served = None      # "The United Nations envoy for Yemen, Hans Grundberg": what follows the title
        described = None   # end of a body the title is of, named by common nouns
        if i >= 1 and self.words[i] == "," and self.title_ending_at(i - 1):
            t = self.title_ending_at(i - 1)[0]
            if t == 0 and self.words[0][:1].isupper() or t >= 1 and _is_initial(self.words[t - 1]):
                # a surname that is also a title ends the name before it ("Mrs. Clinton B. King, John
                # Holabird"; cut off by the sentence splitter after the initial): no sentence opens
                # with a bare title set off by a comma
                return None
            i -= 1
        elif i >= 2 and (self.words[i] == "," and i >= 3 or not self.title_ending_at(i)):
            # what the post serves or where it is held, set between the title and the name, with
            # the comma of an apposition or without: "The Russian ambassador in London, Konstantin
            # Orlov", "Russia's Permanent Representative to the UN Vasily Orekhov"
            comma = self.words[i] == ","
            obj = self.found_ending_at(i - 1 if comma else i)
            p = obj.start - 1 if obj else 0
            if p >= 1 and self.words[p].lower() == "the":       # "envoy of the African Union"
                p -= 1
            if obj and obj.kind != "person" and p >= 1 \
                    and self.words[p].lower() in ("of", *_MISSION_PREPOSITIONS, *_POSTED_IN) \
                    and self.title_ending_at(p - 1):
                served, i = obj, p - 1
            elif comma and (body := self.body_described(i - 1)) is not None:
                described, i = i, body - 1      # "the head of the Kharkiv regional administration, Mykola Bondar"
        parts, has_title = [], False
        while i >= 0:
            item = self.found_ending_at(i)
            if item and item.name and item.kind != "person":
                parts.append(item)
                i = item.start - 1
                continue
            title = self.title_ending_at(i)
            if title and self.words[i] != ",":
                has_title |= title[1] != "modifier"
                parts.append(Found(title[0], i + 1, "title", ""))
                i = title[0] - 1
                continue
            break
        if not has_title:
            return None
        start = min(p.start for p in parts)
        end = served.end if served else described or max(p.end for p in parts)
        items = [p for p in parts if p.name]
        if served and served.name and not self.is_mission_target(served):
            items.append(served)       # the title's own words come first: "UN envoy of X" serves the UN
        owner = None
        k = start - 1
        # the owner's words may describe the person first: "Nationalist China's dapper, diminutive Vice President"
        while k > 0 and start - k <= 4 and (self.words[k] == "," or self.words[k].isalpha()
                                            and self.words[k].islower() and self.words[k] not in _MINOR_WORDS):
            k -= 1
        if k >= 1 and self.words[k] == "'s" and (k == start - 1 or self.words[start - 1] != ","):
            owner = self.found_ending_at(k - 1)
        return {"start": start, "end": end, "phrase": self.text_of(start, end),
                "items": items, "owner": owner, "appositive": served is not None}

    def is_mission_target(self, item: Found) -> bool:
        """A state after "for"/"to" a post is for, or anything after "to", is what the post deals
        with, not whom it serves: "envoy for Yemen", "ambassador to NATO"; so is the place where
        it is held ("ambassador in London")."""
        k = item.start - 1
        if k >= 1 and self.words[k].lower() == "the":       # "Representative to the UN"
            k -= 1
        prev = self.words[k].lower() if k >= 0 else ""
        return prev in ("to", *_POSTED_IN) or (prev == "for" and item.kind == "state")

    def body_described(self, j: int) -> int | None:
        """Index of "of" in "TITLE of the <few words> <body noun>" ending at token j, when a body is
        named by its head noun and the words before it ("head of the Kharkiv regional
        administration", "spokesman of the city council"), else None."""
        if j < 3 or self.kb.head_nouns.get(self.words[j].lower()) != "organization":
            return None
        k = j - 1
        while k > j - 5 and k > 0 and self.words[k].isalpha() and self.words[k].lower() != "the":
            k -= 1
        if self.words[k].lower() == "the" and k >= 2 and self.words[k - 1] == "of" \
                and (t := self.title_ending_at(k - 2)) and t[1] != "modifier":
            return k - 1
        return None

    def chamber_before(self, a: int) -> int | None:
        """Start of a legislature's name (and the party words after it) right before a title:
        "Senate Republican" of "Senate Republican Leader Dirksen", "House" of "House Majority Leader"."""
        i = a - 1
        while i >= 0 and self.words[i] in _PARTY_WORDS:
            i -= 1
        if i >= 0 and self.words[i] in _CHAMBERS and not (i and self.words[i - 1] == "White"):
            return i
        return None

    def title_country(self, phrase: str) -> str:
        """The state whose office a phrase ends with, for titles only one state gives ("the
        foreign secretary" -> United Kingdom, "Secretary of State" -> United States), else ""."""
        words = _without_time_suffix(tuple(w.lower() for w in nlp.word_tokens(phrase)))
        return next((self.kb.title_country[words[k:]] for k in range(len(words))
                     if words[k:] in self.kb.title_country), "")

    def apposition_after(self, b: int) -> dict | None:
        """", a close ally of Trump and officially his Middle East envoy," after a name."""
        if b >= len(self.words) or self.words[b] != ",":
            return None
        j = b + 1
        if j >= len(self.words):
            return None
        first = self.words[j]
        if first.lower() not in _APPOSITION_OPENERS and not self.title_ending_at(j) \
                and not self.found_starting_at(j) and not self.title_opens(j):
            return None
        end = j
        while end < len(self.words) and self.words[end] not in {",", ".", ";", ":", "''", "``", '"',
                                                               "\u201c", "\u201d"} and end - b < 16:
            end += 1
        # "by the time he meets Mr. Khrushchev, the President will have completed...": a short noun
        # phrase opened by a determiner and followed by a finite verb is the subject of the next
        # clause, not an apposition (an apposition is a noun phrase; Quirk et al. 1985 17.65). A
        # longer one with no closing comma is an apposition the writer did not close ("E. M. Martin,
        # assistant secretary of state for economic affairs told members").
        if first.lower() in _APPOSITION_OPENERS and any(
                self.tokens[k].pos in _FINITE_TAGS for k in range(j + 1, min(j + 4, len(self.tokens)))
                if not any(self.words[m].lower() in _RELATIVE_PRONOUNS | {","} for m in range(j, k))):
            return None
        words = [w.lower() for w in self.words[j:end]]
        titles = [k for k in range(j, end) if self.title_ending_at(k) and self.title_ending_at(k)[1] != "modifier"]
        has_title = bool(titles)
        # "Jeddah, a port city" describes a place; "James Carter, the mayor of the city" a person
        place = any(w in _PLACE_NOUNS for w in words[:self.title_ending_at(titles[0])[0] - j if titles else len(words)])
        owner = None
        for k in range(j, end - 1):
            if self.words[k] == "of":
                owner = self.found_starting_at(k + 1)
                if owner:
                    break
            if self.words[k] == "to":       # "an aide to (Russian President) Vladimir Putin"
                owner = next((f for f in self.found if k < f.start < end and f.kind == "person"), None)
                if owner:
                    break
        items = [f for f in self.found if j <= f.start < end and f.name]
        return {"start": j, "end": end, "phrase": self.text_of(j, end), "has_title": has_title,
                "place": place, "owner": owner, "items": items}

    def title_opens(self, j: int) -> bool:
        """A title of several words, or one a few plain words qualify, begins at token j:
        "District Attorney", "state fire warden" after "Charles Raymond,"."""
        for k in range(j + 1, min(j + 4, len(self.words))):
            if not self.words[k - 1].isalpha():
                return False
            title = self.title_ending_at(k)
            if title and title[1] != "modifier" and self.words[k].isalpha():
                return True
        return False

    def state_after_of(self, b: int) -> Found | None:
        """The country named right after a person's name with "of": news style ties a person to
        the state they act for so ("Harriman of the United States", "Sukarno of Indonesia")."""
        k = b + 1
        if b >= len(self.words) or self.words[b] != "of":
            return None
        if k < len(self.words) and self.words[k].lower() == "the":
            k += 1
        state = self.found_starting_at(k)
        if state is not None and state.kind == "state" and state.side and state.name and state.name.kind == "country":
            return state
        # a people for its state, in the styles of monarchs: "King of the Belgians"
        people = self.kb.names.get((self.words[k][:-1],)) if k < len(self.words) and self.words[k].endswith("s") else None
        if people is not None and people.kind == "demonym" and k > b + 1:
            return Found(k, k + 1, "state", people.canonical, people.side, "", people)
        return None

    def office_given(self, person: Found) -> str:
        """The office a sentence says a person was given: "Ierulli has been appointed assistant
        district attorney", "the Senate confirmed Robert C. Weaver as the nation's housing chief"."""
        words = [w.lower() for w in self.words]
        j = person.end
        while j < len(words) and words[j] in _AUXILIARIES | {"been", "be"}:
            j += 1
        if j < len(words) and words[j] in _APPOINTED and j > person.end:
            start = j + 1 + (j + 1 < len(words) and words[j + 1] == "as")
        elif person.start >= 1 and words[person.start - 1] in _APPOINTED and words[person.end:person.end + 1] == ["as"]:
            start = person.end + 1
        else:
            return ""
        end = start
        while end < len(words) and end - start < 8 and (self.words[end].isalpha() or self.words[end] in ("'s", "-")):
            end += 1
        if end > start and any((t := self.title_ending_at(k)) and t[1] != "modifier" and t[0] >= start
                               for k in range(start, end)):
            return _strip_article(self.text_of(start, end))
        return ""

    def title_of_list(self, person: Found) -> str:
        """The plural title that introduces a list of names the person is in: "Reps. V. E. (Red)
        Berry and Joe Ratcliff", "small-town legislators like Sam Collins of Newton and Joe
        Chapman of Sulphur Springs" (as the singular title: "legislator")."""
        k, listed = person.start - 1, False
        while k >= 0 and person.start - k <= 30:
            word = self.words[k]
            lower = word.lower()
            if lower in ("like", "including") or (lower == "as" and k and self.words[k - 1].lower() == "such"):
                k -= 2 if lower == "as" else 1
                break
            if self.plural_title(k):
                break
            if lower in ("and", ",", "of", "(", ")") or _is_capitalized(word) or _is_initial(word):
                listed |= lower == "and" or lower == ","
                k -= 1
                continue
            return ""
        if k < 0 or not listed or not self.plural_title(k):
            return ""
        word = self.words[k]
        return word if self.kb.is_title((word,)) else _singular(word.lower())

    def plural_title(self, k: int) -> bool:
        """Token k is a title in the plural: "Reps.", "Sens.", "legislators", "senators"."""
        lower = self.words[k].lower()
        if self.kb.is_title((lower,)) not in (None, "modifier"):
            return lower.endswith("s.")
        return lower.endswith("s") and self.kb.is_title((_singular(lower),)) not in (None, "modifier")


def public_title(role: str, domestic: bool = False) -> str:
    """The title in a person's role that only a state's public service gives ("Sen.", "Fulton
    Superior Court Judge" -> "Judge", "Mayor"), else "". A party's or company's chairman is none.
    ``domestic``: only the titles of home affairs (legislators, judges, police, local offices)."""
    kb = knowledge()
    classes = _DOMESTIC_ROLE_CLASSES if domestic else _PUBLIC_ROLE_CLASSES
    written = nlp.word_tokens(role + " x")[:-1]
    words = tuple(w.lower() for w in written)
    # a title of a federal service or of a subdivision's agency: "federal housing chief",
    # "chairman of the Texas Highway Commission"
    agency = next((k for k in range(len(written)) if written[k] in _AGENCY_NOUNS and any(
        written[m] in ("State", "County", "City") or any(" ".join(written[m:e]) in kb.subdivisions for e in range(m + 1, k))
        for m in range(max(0, k - 3), k))), None)
    for k, word in enumerate(words):
        # the staff of a state's president or of its federal service: "presidential chief of staff"
        presidential = word == "presidential" and not kb.titles.get(words[k:k + 2])    # "presidential aide" is one
        if (word == "federal" or presidential or agency is not None and k < agency) and not _PARTY_WORDS & set(written):
            title = next((" ".join(words[m:m + size]) for m in range(k + 1, min(k + 4, len(words)))
                          for size in (3, 2, 1) if len(words[m:m + size]) == size
                          and kb.titles.get(words[m:m + size]) in ("official", "aide")), None)
            if title is None and agency is not None:
                title = next((w for w in words[:agency] if kb.titles.get((w,)) in ("official", "aide")), None)
            if title:
                return title
    if written and written[0] in _CHAMBERS:
        # an office of a legislature's chamber: "Senate Republican Leader", "House Rules Committee chairman"
        chamber_title = next((w for w in words[1:] if kb.titles.get((w,)) not in (None, "modifier")), None)
        if chamber_title:
            return chamber_title
    for i in range(len(words)):
        for size in (4, 3, 2, 1):
            key = words[i:i + size]
            if len(key) < size:
                continue
            role_class = kb.titles.get(key)
            if not role_class or not (role_class in classes or key in _PUBLIC_OFFICIAL_TITLES):
                continue
            if key in _OFFICES_OF_ANY_BODY and (written[i][:1].islower() or words[i + size:i + size + 1] == ("of",)):
                return ""     # "railroad president Alfred Perlman", "president of the exchange"
            following = words[i + size:i + size + 1]
            if size == 1 and written[i][:1].islower() and following and following[0].isalpha() \
                    and following[0] not in _MINOR_WORDS and not kb.titles.get(following):
                continue      # a word that qualifies the noun after it: "general superintendent"
            return " ".join(key)
    return ""
