"""One inflection of English verbs, shared by the reporting-verb table and the claim cues."""
import pytest

from scripts.demands import cue_regex
from scripts.knowledge import knowledge
from scripts.morphology import inflections


@pytest.mark.parametrize("verb, forms", [
    ("say", {"say", "says", "saying", "said"}),
    ("stress", {"stresses", "stressed", "stressing"}),
    ("deny", {"denies", "denied", "denying"}),
    ("agree", {"agrees", "agreed", "agreeing"}),
    ("note", {"notes", "noted", "noting"}),
    ("stop", {"stops", "stopped", "stopping"}),
    ("signal", {"signalled", "signaled", "signalling"}),
    ("freeze", {"freezes", "froze", "frozen", "freezing"}),
    ("write", {"writes", "wrote", "written", "writing"}),
])
def test_inflections_cover_regular_and_irregular_forms(verb, forms):
    found = inflections(verb)
    assert forms <= set(found)
    assert all(found[form] == verb for form in forms)


def test_irregular_forms_belong_to_their_own_verb_only():
    assert "said" not in inflections("tell") and "told" in inflections("tell")


def test_reporting_verbs_and_claim_cues_share_the_forms():
    kb = knowledge()
    assert kb.verbs["denied"] == ("deny", "assertive")
    assert kb.verbs["said"] == ("say", "neutral")
    assert ("made", "it", "clear") in kb.phrasal_verbs
    assert cue_regex("freeze~").search("Both sides froze the talks")
    assert cue_regex("seek~").search("Kyiv sought guarantees")

