"""The article reader: structure, ids and bad input.

Expected values for the seed were read off the article file by eye: eight
cross-headings, seventeen paragraphs, a five-item list after P15, and a lone
"Comments" line at the end.
"""
import hashlib

import pytest

from scripts.reader import ArticleError, furniture_kind, parse, read_article
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


# --- real news copy: a paragraph per line, hard wrapping, furniture ------------------------------
# Short reports written for these tests in the shapes wire services and news sites print.

ONE_PER_LINE = """Russia rejects ceasefire terms as envoys meet in Moscow
The Kremlin said on Thursday that it would not agree to a 30-day truce without guarantees, as the U.S. envoy Steve Witkoff arrived for talks with Russian officials.
Ukrainian Foreign Minister Andrii Sybiha said Kyiv was ready to sign the plan if Moscow did the same.
European leaders meeting in London called on Russia to accept the ceasefire without conditions.
"""


def test_a_paragraph_per_line_under_a_headline_without_a_full_stop():
    article = parse(ONE_PER_LINE)
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph", "paragraph"]
    assert article.title == "Russia rejects ceasefire terms as envoys meet in Moscow"
    assert article.sentence("P03.S1").text.startswith("Ukrainian Foreign Minister Andrii Sybiha said")
    assert len(article.sentences) == 4


def test_a_long_headline_and_one_paragraph_line_are_two_blocks():
    text = ("Ceasefire talks resume in Riyadh as both sides trade accusations of new strikes\n"
            + "The talks resumed on Monday. " * 40 + "\n")
    article = parse(text)
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]
    assert len(article.sentences) == 41


def test_hard_wrapped_text_without_blank_lines_is_joined_by_its_width():
    text = ("Port reopens after strike\n"
            "Dock workers returned on Tuesday after a week-long strike that\n"
            "had halted container traffic, the port authority said. Ships\n"
            "waiting offshore began to berth.\n"
            "Union leaders called the deal a victory and said they would\n"
            "hold a vote on the new contract next month.\n")
    article = parse(text)
    assert [b.text for b in article.blocks] == [
        "Port reopens after strike",
        "Dock workers returned on Tuesday after a week-long strike that had halted container "
        "traffic, the port authority said. Ships waiting offshore began to berth.",
        "Union leaders called the deal a victory and said they would hold a vote on the new "
        "contract next month."]


def test_a_standfirst_is_kept_as_its_own_block():
    text = ("Kremlin cool on truce plan\n"
            "Moscow wants guarantees before any pause in the fighting\n"
            "The Kremlin said on Thursday that a pause would only help Ukraine regroup.\n"
            "Officials in Kyiv said the plan was the best chance for peace in months.\n")
    article = parse(text)
    assert [(b.kind, b.text) for b in article.blocks[:3]] == [
        ("title", "Kremlin cool on truce plan"),
        ("standfirst", "Moscow wants guarantees before any pause in the fighting"),
        ("paragraph", "The Kremlin said on Thursday that a pause would only help Ukraine regroup.")]
    assert article.dropped == []


@pytest.mark.parametrize("line, dateline, rest", [
    ("KYIV, March 14 (Reuters) - Ukraine said it would accept the plan.",
     "KYIV, March 14 (Reuters) -", "Ukraine said it would accept the plan."),
    ("MOSCOW, May 9. /TASS/. Russian President Vladimir Putin said the talks would go on.",
     "MOSCOW, May 9. /TASS/.", "Russian President Vladimir Putin said the talks would go on."),
    ("LONDON -- British officials said the summit would open on Sunday.",
     "LONDON --", "British officials said the summit would open on Sunday."),
    ("LONDON \u2014 British officials said the summit would open on Sunday.",
     "LONDON \u2014", "British officials said the summit would open on Sunday."),
])
def test_datelines_of_many_shapes_are_set_apart(line, dateline, rest):
    article = parse(f"Talks stall\n{line}\nThe envoys will meet again next week in Geneva.\n")
    assert article.blocks[1].text == rest
    assert article.dropped == [dateline]


def test_a_dash_after_an_acronym_that_is_no_place_is_text():
    line = "NATO \u2014 the alliance said on Monday \u2014 would not send troops."
    assert parse(f"Talks stall\n\n{line}\n").blocks[-1].text == line


def test_a_date_line_is_set_apart_and_a_dateline_still_dates_the_article():
    from scripts.synthesis import anchor_date
    text = ("Talks stall\ndate 2025-05-02\n"
            "GENEVA, May 2, 2025 (Reuters) - The envoys said on Friday that they would meet again.\n")
    article = parse(text)
    assert article.dropped == ["date 2025-05-02", "GENEVA, May 2, 2025 (Reuters) -"]
    assert furniture_kind("date 2025-05-02") == "dateline"
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]
    # the dateline set apart is still the article's date
    assert anchor_date(article).day.isoformat() == "2025-05-02"


@pytest.mark.parametrize("byline", [["By Olena Harmash", "Olena Harmash"],
                                    ["By Olena Harmash", "By Olena Harmash"]])
def test_a_byline_printed_twice_is_set_apart_twice(byline):
    text = "\n".join(["Talks stall", *byline, "The envoys said they would meet again next week."])
    article = parse(text)
    assert article.dropped == byline
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]


@pytest.mark.parametrize("line, kind", [
    ("Ukrainian servicemen fire a howitzer towards Russian positions near Bakhmut. (Photo: Reuters)",
     "image credit"),
    ("Photo: AFP/Getty Images", "image credit"),
    ("Header image: Vladimir Putin at a meeting in the Kremlin, May 2025.", "image credit"),
    ("4.12 PLN", "ticker"),
    ("USD/RUB 92.5", "ticker"),
    ("EUR/USD 1.0842 +0.3%", "ticker"),
    ("READ MORE: Zelensky and Trump to meet in Rome", "widget"),
    ("Updated:", "dateline"),
    ("0:00", "player"),
])
def test_furniture_of_real_news_pages(line, kind):
    assert furniture_kind(line) == kind
    article = parse(f"Talks stall\n{line}\nThe envoys said they would meet again next week.\n")
    assert article.dropped == [line]
    assert [b.text for b in article.blocks] == ["Talks stall",
                                                "The envoys said they would meet again next week."]


@pytest.mark.parametrize("line", [
    "USD 5 billion was pledged by donors at the conference in Brussels.",
    "The photo, taken by a Reuters photographer (who asked not to be named), went round the world.",
    "Updated rules took effect in Kyiv on Monday.",
    "The talks were led by the U.S. envoy Steve Witkoff (pictured).",
    "Officials in Kyiv showed reporters a video of the strike (filmed on Monday).",
])
def test_text_like_furniture_is_kept(line):
    assert furniture_kind(line) is None


def test_a_video_notice_broken_over_four_lines_is_set_apart_whole():
    notice = ["To view this video please enable", "JavaScript, and consider upgrading to a",
              "web browser that supports HTML5", "video"]
    text = "\n".join(["Talks stall", "The envoys met in Geneva on Monday.", *notice,
                      "They said they would meet again next week."])
    article = parse(text)
    assert article.dropped == notice
    assert [b.text for b in article.blocks] == ["Talks stall", "The envoys met in Geneva on Monday.",
                                                "They said they would meet again next week."]


def test_a_scraped_report_with_every_kind_of_furniture():
    text = "\n".join([
        "Russia and Ukraine agree to a prisoner exchange",
        "By Olena Harmash", "Olena Harmash", "Updated:", "date 2025-05-02",
        "Kyiv and Moscow agreed on Friday to swap 390 prisoners each, officials on both sides said.",
        "Photo: AFP/Getty Images", "USD/RUB 92.5", "4.12 PLN",
        "KYIV, May 2 (Reuters) - The exchange will take place at the Belarus border, the Ukrainian ombudsman said.",
        "READ MORE: Zelensky and Trump to meet in Rome",
        "To view this video please enable", "JavaScript, and consider upgrading to a",
        "web browser that supports HTML5", "video", "0:00",
        "Russian negotiator Vladimir Medinsky said the swap was a sign of good will.",
    ])
    article = parse(text)
    assert [b.text for b in article.blocks] == [
        "Russia and Ukraine agree to a prisoner exchange",
        "Kyiv and Moscow agreed on Friday to swap 390 prisoners each, officials on both sides said.",
        "The exchange will take place at the Belarus border, the Ukrainian ombudsman said.",
        "Russian negotiator Vladimir Medinsky said the swap was a sign of good will."]
    assert article.dropped == [
        "By Olena Harmash", "Olena Harmash", "Updated:", "date 2025-05-02", "Photo: AFP/Getty Images",
        "USD/RUB 92.5", "4.12 PLN", "KYIV, May 2 (Reuters) -", "READ MORE: Zelensky and Trump to meet in Rome",
        "To view this video please enable", "JavaScript, and consider upgrading to a",
        "web browser that supports HTML5", "video", "0:00"]


# --- long paragraphs --------------------------------------------------------------------------------

def test_text_without_full_stops_is_cut_into_bounded_sentences():
    from scripts.reader import MAX_SENTENCE
    body = ", ".join(f"the delegation from town number {n} asked for aid" for n in range(600))
    article = parse(f"Talks stall\n{body}\n")
    sentences = [s.text for s in article.sentences if s.paragraph_id == "P02"]
    assert len(sentences) > 1
    assert all(len(s) <= MAX_SENTENCE for s in sentences)
    assert " ".join(sentences) == body               # nothing lost, nothing added


def test_reading_and_analysing_a_long_paragraph_line_is_linear():
    """Four times the text of one long paragraph line takes less than eight times as
    long (CPU time of this process, so that other work on the machine does not count).
    The text is real press reportage (Brown's news files), every other sentence
    quoted, since quotations cost most when a paragraph is read as one sentence."""
    import time

    from nltk.corpus import brown
    from nltk.tokenize.treebank import TreebankWordDetokenizer

    from scripts import nlp
    from scripts.analyze import tables_for
    detokenize = TreebankWordDetokenizer().detokenize
    sentences = [detokenize(s).replace("``", "\u201c").replace("''", "\u201d")
                 for s in brown.sents(fileids=[f"ca{n:02d}" for n in range(1, 21)])]
    sentences = [f"\u201c{s.rstrip('.')},\u201d the official said." if n % 2 else s
                 for n, s in enumerate(sentences)]

    def text(first, size):
        body, n = [], 0
        for s in sentences[first:]:
            body.append(s)
            n += len(s) + 1
            if n >= size:
                break
        return "Legislators weigh the new budget as the session opens in Austin\n" + " ".join(body), len(body)

    tables_for(parse(text(0, 1000)[0]))               # models loaded before timing
    timings, first = [], 50
    for size in (3000, 12000):
        article_text, used = text(first, size)       # other sentences: no cache helps the long one
        first += used
        nlp.tagged_spans.cache_clear()
        started = time.process_time()
        article = parse(article_text)
        tables_for(article)
        timings.append(time.process_time() - started)
        assert [b.kind for b in article.blocks] == ["title", "paragraph"]
    assert timings[1] < 8 * timings[0], timings


def test_a_sentence_never_opens_in_lower_case_nor_with_the_number_after_no():
    from scripts.nlp import split_sentences
    text = ("Senate Republican Leader Dirksen (Ill.) and House Republican Leader Charles Halleck (Ind.) "
            "said the message did not persuade them. He met the No. 2 man of Tunisia. He left.")
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["Senate Republican Leader Dirksen (Ill.) and House Republican Leader Charles Halleck "
                     "(Ind.) said the message did not persuade them.", "He met the No. 2 man of Tunisia.",
                     "He left."]
