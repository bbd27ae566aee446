"""Patterns searched together give what each pattern's finditer gives."""
import re

from scripts.matching import PatternSet

TEXT = ("Russia rejected the ceasefire; the cease-fire talks resumed, and Russia's envoy "
        "said the ceasefires held. CEASEFIRE now, said Kyiv.")


def _spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def _same_as_finditer(patterns, text=TEXT):
    found = PatternSet(patterns).each(text)
    assert [_spans(f) for f in found] == [_spans(p.finditer(text)) for p in patterns]
    return found


def test_each_pattern_finds_all_its_matches_in_order():
    patterns = [re.compile(r"(?<![\w-])(?:cease-?fires?)(?![\w-])", re.I),
                re.compile(r"(?<![\w-])(?:Russia)(?![\w-])", re.I),
                re.compile(r"(?<![\w-])(?:said)(?![\w-])", re.I)]
    ceasefire, russia, said = _same_as_finditer(patterns)
    assert [m.group(0) for m in ceasefire] == ["ceasefire", "cease-fire", "ceasefires", "CEASEFIRE"]
    assert len(russia) == 2 and len(said) == 2


def test_patterns_matching_at_the_same_place_are_each_found():
    # "ceasefire" and "cease" both start at the same word; the shorter is no word of its own there
    patterns = [re.compile(r"ceasefire", re.I), re.compile(r"cease", re.I), re.compile(r"fire", re.I)]
    ceasefire, cease, fire = _same_as_finditer(patterns)
    assert len(ceasefire) == 3 and len(cease) == 4 and len(fire) == 4


def test_word_boundaries_taken_out_of_the_alternation_keep_their_meaning():
    before, after = r"(?<![\w-])", r"(?![\w-])"
    patterns = [re.compile(before + "(?:fire)" + after, re.I), re.compile(before + "(?:talks)" + after, re.I)]
    found = PatternSet(patterns, before=before, after=after).each(TEXT)
    assert [_spans(f) for f in found] == [[], _spans(patterns[1].finditer(TEXT))]


def test_patterns_that_cannot_be_combined_are_searched_one_by_one():
    # a backreference is renumbered in an alternation; an empty match follows finditer's own rules
    patterns = [re.compile(r"(s)\1"), re.compile(r"x*"), re.compile(r"said")]
    _same_as_finditer(patterns, "the ass said xx")
    _same_as_finditer([re.compile(r"x*"), re.compile(r"said")], "the ass said xx")
