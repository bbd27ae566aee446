"""Who speaks: the seed article (checked by reading it) and short texts in other shapes."""
import pytest

from scripts.actors import find_actors
from scripts.paths import primary_article
from scripts.quotes import find_quotes
from scripts.reader import parse, read_article


def quotes_of(text):
    article = parse(text)
    return find_quotes(article, find_actors(article))


@pytest.fixture(scope="module")
def seed():
    article = read_article(primary_article())
    return find_quotes(article, find_actors(article))


def test_the_only_direct_quote_of_the_seed_is_ushakovs(seed):
    direct = seed[seed.kind == "direct"]
    assert len(direct) == 1
    quote = direct.iloc[0]
    assert (quote.speaker, quote.verb, quote.sentence_id) == ("Yuri Ushakov", "stated", "P05.S2")
    assert quote.text.startswith("steps that merely imitate peaceful actions")
    assert quote.source_type == "named official"


def test_reported_speech_of_the_seed(seed):
    indirect = seed[seed.kind == "indirect"]
    pairs = set(zip(indirect.speaker, indirect.verb, indirect.sentence_id))
    assert {("Yuri Ushakov", "made it clear", "P05.S1"),
            ("Maria Zakharova", "reiterated", "P11.S2"),
            ("Maria Zakharova", "warning", "P11.S2"),
            ("Volodymyr Zelenskyy", "made it clear", "P23.S3"),
            ("Reuters", "indicate", "P15.S1"), ("Bloomberg", "indicate", "P15.S1"),
            ("Kremlin sources", "claim", "P28.S2"),
            ("observers", "suggest", "P14.S2"),
            ("analysts", "believe", "P21.S1"),
            ("Ukrainian officials", "signaled", "P08.S2"),
            ("Russian military officials", "announced", "P29.S1")} <= pairs
    # "Putin is expected to comment" (P14.S1) is not speech; "a proposed ceasefire" is no report
    assert not ((indirect.sentence_id == "P14.S1") | (indirect.verb == "proposed")).any()


def test_source_kinds_and_verb_classes(seed):
    by_speaker = seed.drop_duplicates("speaker").set_index("speaker")
    assert by_speaker.loc["Kremlin sources", "source_type"] == "unnamed"
    assert by_speaker.loc["Kremlin sources", "verb_class"] == "distancing"
    assert by_speaker.loc["Reuters", "source_type"] == "media outlet"
    assert by_speaker.loc["Yuri Ushakov", "verb_class"] == "assertive"     # made it clear
    assert by_speaker.loc["observers", "verb_class"] == "tentative"
    # Russia's demands reach the reader through the two agencies (P15.S1)
    outlined = seed[(seed.speaker == "Russia") & (seed.verb == "outlined")].iloc[0]
    assert outlined.via == "Reuters; Bloomberg"


def test_curly_quotes_with_the_speaker_after_and_a_pronoun():
    text = ("//Gaza talks//\nMediators meet in Cairo/\n"
            "Israeli Prime Minister Benjamin Netanyahu met envoys on Sunday. "
            "\u201cWe will not stop until the hostages are home,\u201d said Netanyahu. "
            "\u201cThe pressure is working,\u201d he told reporters.\n")
    quotes = quotes_of(text)
    assert list(quotes.kind) == ["direct", "direct"]
    assert list(quotes.speaker) == ["Benjamin Netanyahu", "Benjamin Netanyahu"]
    assert list(quotes.verb) == ["said", "told"]
    assert quotes.iloc[0].text == "We will not stop until the hostages are home"
    assert set(quotes.side) == {"Israel"}


def test_single_quotes_as_quotation_marks_and_a_full_name_then_surname():
    text = ("//Border row//\nTension on the border/\n"
            "Indian External Affairs Minister Subrahmanyam Jaishankar spoke in Delhi. "
            "'There can be no talks while the firing goes on,' Jaishankar said. "
            "Pakistani officials denied the charge, and some 'experts' disagreed.\n")
    quotes = quotes_of(text)
    direct = quotes[quotes.kind == "direct"]
    assert list(direct.speaker) == ["Subrahmanyam Jaishankar"]
    assert direct.iloc[0].text == "There can be no talks while the firing goes on"
    assert direct.iloc[0].side == "India"
    denied = quotes[quotes.verb == "denied"].iloc[0]
    assert (denied.speaker, denied.source_type, denied.side) == ("Pakistani officials", "unnamed", "Pakistan")
    assert "experts" not in set(direct.text)           # a scare quote is not speech


def test_straight_quotes_with_the_verb_before_and_media_reports():
    text = ("//Sanctions//\nA new round/\n"
            "According to Reuters, the ministry will act. German Chancellor Friedrich Merz said: "
            "\"Europe must stand together now.\" AFP reported that Chinese diplomats urged restraint.\n")
    quotes = quotes_of(text)
    merz = quotes[quotes.speaker == "Friedrich Merz"].iloc[0]
    assert (merz.kind, merz.verb, merz.text) == ("direct", "said", "Europe must stand together now")
    assert merz.side == "Germany"
    afp = quotes[quotes.speaker == "Agence France-Presse"].iloc[0]
    assert (afp.verb, afp.source_type) == ("reported", "media outlet")
    urged = quotes[quotes.verb == "urged"].iloc[0]
    assert (urged.speaker, urged.via) == ("Chinese diplomats", "Agence France-Presse")


def test_voices(seed):
    from scripts.quotes import voices
    table = voices(seed).set_index("speaker")
    assert (table.loc["Yuri Ushakov", "direct"], table.loc["Yuri Ushakov", "indirect"]) == (1, 1)
    assert table.loc["Maria Zakharova", "verbs"] == "reiterated; warning"
    assert table.direct.sum() == 1


# --- the writer's words around reported speech ---------------------------------------------

def test_with_np_v_ing_is_the_writers_description_not_a_statement(seed):
    # P32.S1: "With Putin demanding far-reaching security guarantees and Ukraine unwilling ...,
    # the prospect of a lasting peace agreement remains uncertain." The journalist sums up.
    assert seed[seed.sentence_id == "P32.S1"].empty
    quotes = quotes_of("//Sudan//\nTalks stall/\n"
                       "With the army insisting on a full withdrawal of the militia, the talks in "
                       "Jeddah broke up. Sudanese army chief Abdel Fattah al-Burhan said, "
                       "warning the militia, that talks would resume.\n")
    assert not (quotes.verb == "insisting").any()
    assert (quotes.verb == "said").any()


def test_the_writers_glosses_after_the_reported_clause_are_cut(seed):
    texts = dict(zip(seed.sentence_id + " " + seed.verb, seed.text))
    # P05.S1: "...does not see value in a 30-day ceasefire, proposed by the U.S. and tentatively
    # accepted by Ukraine": the participial clause is the journalist's
    assert texts["P05.S1 made it clear"] == "Russia does not see value in a 30-day ceasefire"
    # P23.S3: "..., a position that complicates negotiations with Moscow" is the writer's comment
    assert texts["P23.S3 made it clear"] == "any peace deal must come with ironclad security guarantees"
    # P28.S2: ", a key area that Kyiv had captured last year ..." glosses the Kursk region
    assert texts["P28.S2 claim"].endswith("from the Kursk region")
    # P29.S1: ", the largest town in the contested region" glosses Sudzha
    assert texts["P29.S1 announced"] == "they had recaptured Sudzha"


def test_glosses_cut_in_another_shape():
    quotes = quotes_of("//Kashmir//\nA new offer/\n"
                       "Pakistani officials said that India had rejected the plan, backed by "
                       "China and welcomed by Turkey. Indian Foreign Secretary Vikram Misri "
                       "stated that the talks would go on, a step which surprised observers. "
                       "Pakistani army spokesman Ahmed Sharif said that troops held Kargil, "
                       "the main town of the district.\n")
    texts = dict(zip(quotes.speaker, quotes.text))
    assert texts["Pakistani officials"] == "India had rejected the plan"
    assert texts["Vikram Misri"] == "the talks would go on"
    assert texts["Ahmed Sharif"] == "troops held Kargil"
