"""Chapter 1's measures. Seed expectations are checked against the article
by independent means (regular expressions over the raw file, counts by eye)."""
import re

import pandas as pd
import pytest

from scripts import language
from scripts.reader import parse

BODY_KINDS = ("paragraph", "list_item")


def body_text(article):
    return "\n".join(s.text for s in article.sentences if s.kind in BODY_KINDS)


def test_word_counts_agree_with_an_independent_count(seed):
    tokens = language.word_tokens(seed)
    for word in ("ceasefire", "Ukraine", "Moscow", "NATO"):
        by_regex = len(re.findall(rf"(?<![\w-]){word}(?![\w-])", body_text(seed), re.I))
        assert sum(t.norm == word.lower() for t in tokens) == by_regex


def test_text_statistics_of_the_seed(seed):
    stats = language.text_statistics(seed)
    assert stats["sentences"] == 52
    assert stats["body_sentences"] == 42      # 52 less title, standfirst and 8 headings
    assert stats["types"] <= stats["tokens"]
    assert stats["mean_sentence_length"] == pytest.approx(stats["tokens"] / 42)
    assert 0 < stats["type_token_ratio"] < 1
    # dense analytical prose: hard by Flesch's scale (0-30 "very difficult", 30-50 "difficult")
    assert stats["flesch_reading_ease"] < 50
    assert stats["flesch_kincaid_grade"] > 12


def test_structure_counts_every_block_once(seed):
    table = language.structure(seed)
    assert table["sentences"].sum() == 52
    assert table["list items"].sum() == 5
    assert table.loc[table["list items"] > 0, "section"].tolist() == ["Putin’s Strategic Calculations"]
    assert table["first"].tolist()[:3] == ["P01", "P03", "P04"]


def test_frequent_words_exclude_stopwords_and_link_sentences(seed):
    table = language.frequent_words(seed, n=10)
    assert not set(table["word"]) & {"the", "of", "and", "to", "in"}
    ceasefire = table[table["word"] == "ceasefire"].iloc[0]
    assert ceasefire["count"] == 9
    assert ceasefire["sentences"][0] == "P03.S1"


def test_modal_auxiliaries_are_function_words(seed):
    # the body says "could" seven times and "would" five (P25.S2 "could set a dangerous precedent"):
    # modals carry mood, not topic, and NLTK's stop list lacks them
    assert len(re.findall(r"\bcould\b", body_text(seed))) == 7
    assert not any(language.is_content_word(w) for w in ("could", "would", "may", "might", "must"))
    assert not set(language.frequent_words(seed, n=40)["word"]) & {"could", "would", "may", "must"}
    assert language.is_content_word("ceasefire")


def test_concordance_finds_every_occurrence_with_its_sentence(seed):
    lines = language.concordance(seed, "ceasefire")
    # read off the article: the nine body sentences that say "ceasefire"
    assert lines["sentence"].tolist() == ["P03.S1", "P05.S1", "P06.S2", "P08.S2", "P09.S1",
                                          "P14.S1", "P23.S2", "P29.S3", "P31.S1"]
    first = lines.iloc[1]
    assert first["left"].endswith("not see value in a 30-day")
    assert first["right"].startswith(", proposed by the U.S.")


def test_collocations_are_found_within_sentences(seed):
    bigrams = language.collocations(seed, size=2, min_freq=2, n=50)
    # "security guarantees" occurs in P05.S3, P11.S1, P23.S3 and P32.S1
    row = bigrams[bigrams["collocation"] == "security guarantees"].iloc[0]
    assert row["count"] == 4
    assert bigrams["count"].min() >= 2
    assert not any(c.split()[0] in ("the", "a", "of") for c in bigrams["collocation"])
    with pytest.raises(ValueError):
        language.collocations(seed, size=4)


def test_log_likelihood_and_log_ratio_by_hand():
    # a word 10 times in 1,000 words against 20 times in 100,000:
    # E1 = 1000*30/101000 = 0.29703, E2 = 29.70297,
    # G2 = 2(10 ln(10/0.29703) + 20 ln(20/29.70297)) = 54.51
    assert language.log_likelihood(10, 20, 1000, 100_000) == pytest.approx(54.51, abs=0.01)
    assert language.log_ratio(10, 20, 1000, 100_000) == pytest.approx(5.6439, abs=1e-4)   # log2(50)
    assert language.log_ratio(10, 0, 1000, 100_000) == pytest.approx(10.9658, abs=1e-4)   # log2(2000)
    assert language.log_likelihood(0, 0, 10, 10) == 0


def test_keyness_in_both_directions(seed):
    table = language.keyness(seed)
    positive = language.key_words(table, "article")
    negative = language.key_words(table, "reference")
    assert (positive["G2"] >= 6.63).all() and (positive["log ratio"] > 0).all()
    assert (negative["log ratio"] < 0).all()
    assert "ceasefire" in set(positive["word"])
    assert "said" in set(negative["word"])      # the article never uses "said"
    terms = language.key_terms(seed)
    assert len(terms) == 6 and all(language.is_content_word(t) for t in terms)


def test_dispersion_positions_follow_the_text(seed):
    spread = language.dispersion(seed, ["ceasefire"])
    assert len(spread) == 9
    assert spread["position"].is_monotonic_increasing
    starts = language.section_starts(seed)
    assert starts.iloc[0]["section"] == "Lead" and starts.iloc[0]["position"] == 0


def test_time_expressions_of_the_seed(seed):
    found = language.time_expressions(seed)
    assert list(zip(found["expression"], found["sentence_id"])) == [
        ("since 2022", "P20.S1"), ("from 2021", "P21.S1"), ("last year", "P28.S2"),
        ("On Thursday", "P29.S1"), ("the coming weeks", "P32.S2")]
    # the modal "may" is not the month
    assert "may" not in found["expression"].str.lower().tolist()
    assert language.byline(seed) is None


def test_byline_and_dates_in_another_article():
    article = parse("Grain deal extended\nBy Jane Doe\n"
                    "The agreement, signed on 17 July 2023 in Istanbul, was extended on Monday.\n")
    assert language.byline(article) == "By Jane Doe"
    assert "17 July 2023" in language.time_expressions(article)["expression"].tolist()
    # a sentence opening with "By" is not a byline
    later = parse("Grain deal extended\nBy the end of March the ships were moving again, "
                  "officials said on Monday.\n")
    assert language.byline(later) is None


def test_flesch_bands_are_fleschs_table():
    # Flesch (1948): 30-50 difficult, 0-30 very difficult, 60-70 standard
    assert language.flesch_band(27.5) == "very difficult"
    assert language.flesch_band(30) == "difficult" and language.flesch_band(49.9) == "difficult"
    assert language.flesch_band(65) == "standard" and language.flesch_band(95) == "very easy"
    assert language.flesch_band(-12) == "very difficult"


def test_list_placement_names_the_list_once(seed):
    # the article's only list (Russia's demands) sits in its longest section, "Putin's Strategic Calculations"
    assert language.list_placement(language.structure(seed)) == "is also the one that holds the list"
    frame = pd.DataFrame({"section": ["A", "B"], "words": [90, 40], "list items": [0, 3]})
    assert language.list_placement(frame) == "holds no list; the list is in “B”"
