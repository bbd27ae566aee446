"""Voice: in whose words a claim reaches the reader.

Expected voices come from reading each sentence: who says it, and whether the
article names them.
"""
import pytest

from scripts import demands
from scripts.paths import primary_article
from scripts.reader import parse, read_article


def voices_of(text):
    claims = demands.find_claims(parse("Talks\n\n" + text + "\n", "voice.txt"))
    return dict(zip(claims.claimant, claims.voice)), claims


@pytest.mark.parametrize("text, claimant, expected", [
    # the party's own official, named, says it
    ("Kremlin spokesman Dmitry Peskov said that Russia rejects the ceasefire.", "Russia", "own words"),
    # a named outlet outside the party reports it
    ("Reuters reported that Russia demands a halt to Western military aid.", "Russia", "named source"),
    # onlookers guess at it
    ("Some analysts believe that Russia may demand recognition of the annexed regions.", "Russia",
     "analysts"),
    # speculation in the article's own voice
    ("Russia is expected to demand a ceasefire.", "Russia", "analysts"),
    # the writer's gloss: nobody is named as saying it
    ("Russia's stance seeks long-term security guarantees.", "Russia", "writer"),
    # an unnamed source only the writer vouches for
    ("Kremlin sources said that Russia rejects the truce.", "Russia", "writer"),
])
def test_voice_of_short_sentences(text, claimant, expected):
    found, claims = voices_of(text)
    assert found.get(claimant) == expected, claims[["claimant", "source", "authority", "voice"]]


def test_voice_is_the_last_column_and_takes_only_known_values():
    _, claims = voices_of("Reuters reported that Russia demands a halt to Western military aid.")
    assert claims.columns[-1] == "voice"
    assert set(claims.voice) <= set(demands.VOICES)


def test_voice_from_source_and_authority_alone():
    assert demands.voice("Yuri Ushakov", "own official") == "own words"
    assert demands.voice("Reuters; Bloomberg", "reported") == "named source"
    assert demands.voice("analysts", "reported") == "analysts"
    assert demands.voice("officials in Moscow", "own official") == "writer"
    assert demands.voice("", "unattributed", hedge="might") == "analysts"
    assert demands.voice("", "unattributed", hedge="appear") == "writer"   # hedged, still the writer


@pytest.fixture(scope="module")
def seed_claims():
    return demands.find_claims(read_article(primary_article()))


def voices_in(claims, sentence_id, claimant_side="Russia"):
    rows = claims[(claims.sentence_id == sentence_id) & (claims.side == claimant_side)]
    return set(rows.voice)


def test_the_seed_glosses_are_the_writers_and_the_guesses_the_analysts(seed_claims):
    # P05.S3 "His remarks reflect a broader Russian stance that seeks long-term security
    # guarantees...": the writer's reading of Ushakov, not Russia's demand
    assert voices_in(seed_claims, "P05.S3") == {"writer"}
    # P06.S1 "This scepticism underscores Moscow's reluctance to entertain agreements...": a gloss
    assert voices_in(seed_claims, "P06.S1") == {"writer"}
    # P21.S1 "Some analysts believe that Putin may also revisit broader demands from 2021"
    assert voices_in(seed_claims, "P21.S1") == {"analysts"}
    # P32.S1 "With Putin demanding far-reaching security guarantees and Ukraine unwilling...":
    # the article's closing summary, nobody named
    assert voices_in(seed_claims, "P32.S1") == {"writer"}
    assert voices_in(seed_claims, "P32.S1", "Ukraine") == {"writer"}


def test_the_seed_own_words_and_named_sources(seed_claims):
    # P05.S2 Ushakov quoted; P11.S2 Zakharova, Russia's spokeswoman, named
    assert voices_in(seed_claims, "P05.S2") == {"own words"}
    assert voices_in(seed_claims, "P11.S2") == {"own words"}
    # P23.S3 "Ukrainian President Volodymyr Zelenskyy has made it clear that..."
    assert voices_in(seed_claims, "P23.S3", "Ukraine") == {"own words"}
    # P15.S1 "Reports from Reuters and Bloomberg indicate that Russia has outlined ..." (P16-P20)
    for item in ["P16.S1", "P17.S1", "P18.S1", "P19.S1", "P20.S1"]:
        assert voices_in(seed_claims, item) == {"named source"}
