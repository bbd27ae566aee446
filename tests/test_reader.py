"""The article reader: structure, ids and bad input.

Expected values for the seed were read off the article file by eye: eight
cross-headings, seventeen paragraphs, a five-item list after P15, and a lone
"Comments" line at the end.
"""
import hashlib

import pytest

from scripts.reader import ArticleError, parse, read_article
from scripts.paths import primary_article

SEED = primary_article()


def test_seed_is_byte_for_byte_the_article_received():
    recorded = (SEED.parent / "SHA256SUMS").read_text().split()[0]
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == recorded


def test_seed_title_and_standfirst_lose_their_markers(seed):
    assert seed.title == ("Russia’s Reluctance: The Challenges of Achieving a Ukraine "
                          "Ceasefire Amid U.S. Peace Talks")
    standfirst = seed.blocks[1]
    assert standfirst.kind == "standfirst"
    assert standfirst.text == "Russia wary of proposed Ukraine ceasefire plan as US talks begin"


def test_seed_structure(seed):
    kinds = [b.kind for b in seed.blocks]
    assert kinds.count("heading") == 8
    assert kinds.count("paragraph") == 17
    assert kinds.count("list_item") == 5
    assert [b.id for b in seed.blocks if b.kind == "list_item"] == ["P16", "P17", "P18", "P19", "P20"]
    assert seed.blocks[15].text == "The full demilitarization of Ukraine."   # the "- " marker is gone
    headings = [b.text for b in seed.blocks if b.kind == "heading"]
    assert headings[0] == "Moscow’s Cautious Response to the Ceasefire Proposal"
    assert "Ukraine’s Dilemma: Peace at a Cost?" in headings   # a heading ending in "?"
    assert headings[-1] == "An Uncertain Path to Peace"


def test_seed_drops_the_comments_line(seed):
    assert seed.dropped == ["Comments"]
    assert not any("Comments" == s.text for s in seed.sentences)


def test_seed_sentence_ids_and_splitting(seed):
    p05 = [s for s in seed.sentences if s.paragraph_id == "P05"]
    assert [s.id for s in p05] == ["P05.S1", "P05.S2", "P05.S3"]
    assert p05[1].text.startswith("In a televised interview, Ushakov stated")
    # "U.S." and "former U.S. President" do not end a sentence
    assert seed.sentence("P03.S2").text.startswith("This reaction comes as former U.S. President")
    assert seed.sentence("P05.S1").anchor == "p05-s1"
    assert seed.sentence("P05.S1").section == "Moscow’s Cautious Response to the Ceasefire Proposal"
    assert seed.sentence("P03.S1").section == "Lead"
    assert seed.sentence("P01.S1").section == "Headline"


def test_sentences_table_has_the_guide_columns(seed):
    frame = seed.sentences_frame()
    assert list(frame.columns[:4]) == ["sentence_id", "paragraph_id", "section", "text"]
    assert frame["sentence_id"].is_unique
    assert len(frame) == len(seed.sentences)


# --- other shapes of article -------------------------------------------------

PLAIN = """Ceasefire holds in northern district

Officials in the capital said on Monday that the truce was holding. Aid convoys reached two towns.

Talks resume next week
Negotiators from both sides will meet in Geneva. The mediator asked for patience.
"""


def test_plain_article_without_markers():
    article = parse(PLAIN)
    assert article.title == "Ceasefire holds in northern district"
    kinds = [(b.id, b.kind) for b in article.blocks]
    assert kinds == [("P01", "title"), ("P02", "paragraph"), ("P03", "heading"), ("P04", "paragraph")]
    assert [s.id for s in article.sentences if s.paragraph_id == "P02"] == ["P02.S1", "P02.S2"]
    assert article.sentence("P04.S1").section == "Talks resume next week"


def test_crlf_line_ends_and_byte_order_mark(write_article):
    path = write_article("\ufeff" + PLAIN.replace("\n", "\r\n"))
    article = read_article(path)
    assert article.title == "Ceasefire holds in northern district"
    assert len(article.blocks) == 4
    assert all("\r" not in s.text for s in article.sentences)


def test_hard_wrapped_paragraphs_are_joined():
    text = ("Port reopens after strike\n\n"
            "Dock workers returned on Tuesday after a week-long strike that had\n"
            "halted container traffic, the port authority said. Ships waiting\n"
            "offshore began to berth.\n\n"
            "Union leaders called the deal a victory.\n")
    article = parse(text)
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    assert "strike that had halted container traffic" in article.blocks[1].text
    assert len([s for s in article.sentences if s.paragraph_id == "P02"]) == 2


def test_numbered_and_bulleted_lists():
    text = ("Rebels set out terms\n"
            "The rebel council published its conditions for talks, which include:\n"
            "1. An amnesty for fighters.\n"
            "2) Elections within a year.\n"
            "• The release of prisoners.\n")
    article = parse(text)
    items = [b.text for b in article.blocks if b.kind == "list_item"]
    assert items == ["An amnesty for fighters.", "Elections within a year.", "The release of prisoners."]


def test_page_furniture_is_dropped_and_listed():
    text = ("Minister resigns\nAdvertisement\nThe minister resigned on Friday after weeks of protests.\n"
            "Share this article\nPhoto: Reuters/John Smith\n3 comments\n")
    article = parse(text)
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]
    assert article.dropped == ["Advertisement", "Share this article", "Photo: Reuters/John Smith", "3 comments"]


# --- bad input: one clear error, naming the file ------------------------------

@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n  ", "empty"),
    (b"Caf\xe9 talks stall as\xff both sides walk out of the meeting.", "not UTF-8"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "executable"),
    (b"some text\x00\x00\x01\x02 more", "binary"),
    (b"<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Talks.</p></body></html>", "HTML"),
    (b"1234 5678\n---\n!!!\n", "no sentence"),
])
def test_bad_input_raises_one_clear_error(write_article, content, message):
    path = write_article(content)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    text = str(info.value)
    assert message in text
    assert str(path) in text
    assert "\n" not in text


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "absent.txt")
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)
