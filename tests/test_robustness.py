"""Real text, as analysts paste it: scraped pages, very long files, other
languages, quotation marks left open. Nothing crashes; whatever is skipped is said.

The page furniture below was written for these tests in the shapes news sites
commonly leave in copied text; the expected lists were checked line by line.
"""
import time

import pytest

from scripts.analyze import TABLES, tables_for
from scripts.paths import primary_article
from scripts.quotes import quotes_table
from scripts.reader import MAX_BYTES, ArticleError, furniture_kind, parse, read_article

SCRAPED = """\
Skip to main content
Menu
Home > World > Europe
News | World | Business | Sport
Ceasefire talks resume in Geneva
By Jane Smith and Omar Haddad
Published: 12 March 2025, 14:05 GMT
3 hours ago
Listen to this article
Photo: Reuters/Denis Balibouse
GENEVA, March 12 (Reuters) - Negotiators from both sides returned to Geneva on Wednesday for a third round of talks on a ceasefire.
Your browser does not support the video tag.
Video player is loading.
0:00 / 2:15
The mediator said the talks would focus on the exchange of prisoners and on access for aid convoys.
Advertisement
(Photo by Fabrice Coffrini/AFP via Getty Images)
Both delegations said they expected a long week.
Read more: Aid agencies warn of winter shortages
Share this article
We use cookies to improve your experience on our site. Accept all cookies
Cookie settings
Copyright © 2025 Example News. All rights reserved.
"""

SCRAPED_FURNITURE = [
    ("Skip to main content", "menu"), ("Menu", "menu"), ("Home > World > Europe", "menu"),
    ("News | World | Business | Sport", "menu"), ("By Jane Smith and Omar Haddad", "byline"),
    ("Published: 12 March 2025, 14:05 GMT", "dateline"), ("3 hours ago", "dateline"),
    ("Listen to this article", "player"), ("Photo: Reuters/Denis Balibouse", "image credit"),
    ("Your browser does not support the video tag.", "player"), ("Video player is loading.", "player"),
    ("0:00 / 2:15", "player"), ("Advertisement", "widget"),
    ("(Photo by Fabrice Coffrini/AFP via Getty Images)", "image credit"),
    ("Read more: Aid agencies warn of winter shortages", "widget"), ("Share this article", "widget"),
    ("We use cookies to improve your experience on our site. Accept all cookies", "cookie notice"),
    ("Cookie settings", "cookie notice"),
    ("Copyright © 2025 Example News. All rights reserved.", "widget"),
]


def test_scraped_page_furniture_is_dropped_and_listed():
    article = parse(SCRAPED)
    assert article.title == "Ceasefire talks resume in Geneva"
    assert [b.text for b in article.blocks[1:]] == [
        "Negotiators from both sides returned to Geneva on Wednesday for a third round of talks on a ceasefire.",
        "The mediator said the talks would focus on the exchange of prisoners and on access for aid convoys.",
        "Both delegations said they expected a long week.",
    ]
    expected = [line for line, _ in SCRAPED_FURNITURE]
    # the dateline is cut from the front of its paragraph and listed too
    expected.insert(expected.index("Photo: Reuters/Denis Balibouse") + 1, "GENEVA, March 12 (Reuters) -")
    assert article.dropped == expected


@pytest.mark.parametrize("line, kind", SCRAPED_FURNITURE)
def test_each_kind_of_furniture_is_recognised(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "By the end of March, the talks had stalled.",          # "By" opening a sentence, not a byline
    "By Monday the two sides had agreed on a timetable.",
    "See you in court, the minister told reporters.",
    "Updated figures show that 300 people were killed.",
    "Share prices fell sharply in Moscow on Monday.",
    "Home Secretary Yvette Cooper said the border would stay open.",
    "Watch the skies, the commander warned his troops.",
    "Menu prices in Kyiv have doubled since the war began.",
    "Copyright law was at the heart of the dispute.",
])
def test_running_text_is_not_taken_for_furniture(line):
    assert furniture_kind(line) is None
    article = parse(f"Talks stall\n\n{line}\n")
    assert article.blocks[-1].text == line and article.dropped == []


@pytest.mark.parametrize("line, dateline, rest", [
    ("KYIV, March 12 (Reuters) - Ukraine said it would accept the plan.",
     "KYIV, March 12 (Reuters) -", "Ukraine said it would accept the plan."),
    ("KHARTOUM, Sudan \u2014 The army said it had retaken the bridge.",
     "KHARTOUM, Sudan \u2014", "The army said it had retaken the bridge."),
    ("CAIRO (AP) \u2014 Egypt urged both sides to hold their fire.",
     "CAIRO (AP) \u2014", "Egypt urged both sides to hold their fire."),
])
def test_datelines_are_cut_from_their_paragraph(line, dateline, rest):
    article = parse(f"Talks stall\n\n{line}\n")
    assert article.blocks[-1].text == rest
    assert article.dropped == [dateline]


def test_a_capitalised_acronym_before_a_dash_is_not_a_dateline():
    line = "NATO - the alliance said on Monday - would not send troops."
    assert parse(f"Talks stall\n\n{line}\n").blocks[-1].text == line


# --- long articles ---------------------------------------------------------------------------------

def test_a_one_megabyte_article_is_read_whole_and_fast(write_article):
    seed = primary_article().read_text(encoding="utf-8")
    copies = 1_000_000 // len(seed.encode("utf-8")) + 1
    path = write_article("\n\n".join([seed] * copies), name="long.txt")
    assert 1_000_000 < path.stat().st_size < MAX_BYTES
    started = time.perf_counter()
    article = read_article(path)
    elapsed = time.perf_counter() - started
    assert len(article.sentences) >= 50 * copies           # every copy's sentences are there
    assert len({s.id for s in article.sentences}) == len(article.sentences)
    assert article.dropped == ["Comments"] * copies
    assert elapsed < 20, f"reading 1 MB took {elapsed:.1f} s"   # generous: about 1 s here


def test_over_the_size_limit_is_one_clear_error(write_article):
    path = write_article(b"The talks went on. " * (MAX_BYTES // 19 + 10), name="huge.txt")
    with pytest.raises(ArticleError, match="larger than the") as info:
        read_article(path)
    assert "\n" not in str(info.value)


# --- other languages -------------------------------------------------------------------------------

FOREIGN = {
    "French": "Les négociations sur un cessez-le-feu en Ukraine ont repris mardi à Riyad. Le Kremlin a "
              "déclaré qu'il n'accepterait pas de trêve sans garanties, tandis que les États-Unis ont "
              "appelé les deux parties à faire des concessions.",
    "German": "Die Gespräche über eine Waffenruhe in der Ukraine wurden am Dienstag in Riad fortgesetzt. "
              "Der Kreml erklärte, er werde keine Waffenruhe ohne Garantien akzeptieren, während die "
              "Vereinigten Staaten beide Seiten zu Zugeständnissen aufriefen.",
    "Spanish": "Las conversaciones sobre un alto el fuego en Ucrania se reanudaron el martes en Riad. "
               "El Kremlin dijo que no aceptaría una tregua sin garantías, mientras que Estados Unidos "
               "pidió a ambas partes que hicieran concesiones.",
    "Russian": "Переговоры о прекращении огня на Украине возобновились во вторник в Эр-Рияде. В Кремле "
               "заявили, что не согласятся на перемирие без гарантий.",
    "Chinese": "乌克兰停火谈判周二在利雅得恢复。克里姆林宫表示，没有保证就不会接受停火。",
}


@pytest.mark.parametrize("language", FOREIGN)
def test_non_english_text_is_one_clear_error(write_article, language):
    path = write_article(f"Title\n\n{FOREIGN[language]}\n", name=f"{language}.txt")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    message = str(info.value)
    assert message.startswith(f"{path}: does not look like English text (")
    assert "\n" not in message


def test_english_with_foreign_names_and_a_foreign_quote_is_english():
    text = ("Talks resume in Riyadh\n\nThe Kremlin said on Tuesday that it would not accept a truce "
            "without guarantees. Le Monde quoted a French diplomat as saying \"c'est une impasse\", "
            "while officials in Kyiv and Washington said the talks would go on.\n")
    assert len(parse(text).sentences) == 3


def test_a_folder_run_says_which_file_is_not_english(tmp_path):
    import subprocess
    import sys

    from scripts.paths import ROOT
    (tmp_path / "in").mkdir()
    (tmp_path / "in/fr.txt").write_text(f"Titre\n\n{FOREIGN['French']}\n", encoding="utf-8")
    (tmp_path / "in/en.txt").write_text("Port strike ends\n\nDock workers returned to work on "
                                        "Tuesday. The union said the deal was fair.\n")
    result = subprocess.run([sys.executable, "-m", "scripts.analyze", str(tmp_path / "in"),
                             "--out", str(tmp_path / "out"), "--jobs", "1"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert "fr.txt: does not look like English text (" in result.stderr
    assert (tmp_path / "out/en/sentences.csv").exists() and not (tmp_path / "out/fr").exists()


# --- quotation marks left open -----------------------------------------------------------------

UNBALANCED = [
    "The minister said \u201cwe will not sign this deal and the talks are over.\n"
    "The envoy replied that \"nothing was agreed. Officials said the meeting ended early.\n",
    "The minister said we will not sign\u201d this deal.\n\u201cNothing was agreed,\u201d the envoy said. \"He left\n",
    "\"\"\"\" The union said \" the deal \" was \"\" fair \u201c \u201d \u201d \u201c \u00abunfair\u00bb \u2018ok.\n",
    "\u201cThe war must end now,\u201d\u201d said the foreign minister. \u201d\n\u201c\n",
]


@pytest.mark.parametrize("body", UNBALANCED)
def test_unbalanced_quotation_marks_crash_nothing(body):
    tables = tables_for(parse(f"Talks stall in Geneva\n\n{body}"))
    assert set(tables) == set(TABLES)
    for quote in tables["quotes"].itertuples():
        assert quote.kind in ("direct", "indirect")


def test_a_quote_left_open_ends_with_its_sentence_and_the_next_one_is_found():
    text = ("Talks stall in Geneva\n\nFrench Foreign Minister Jean Barrot said \u201cwe will not sign "
            "this deal.\n\u201cNothing was agreed,\u201d Barrot said.\n")
    quotes = quotes_table(parse(text))
    assert quotes[["speaker", "kind", "text", "sentence_id"]].values.tolist() == [
        ["Jean Barrot", "direct", "we will not sign this deal", "P02.S1"],
        ["Jean Barrot", "direct", "Nothing was agreed", "P03.S1"]]


def test_a_stray_closing_mark_does_not_hide_the_next_quote():
    text = ("Talks stall in Geneva\n\nFrench Foreign Minister Jean Barrot said we will not sign\u201d "
            "this deal.\n\u201cNothing was agreed,\u201d Barrot said.\n")
    quotes = quotes_table(parse(text))
    direct = quotes[quotes.kind == "direct"]
    assert direct[["speaker", "text", "sentence_id"]].values.tolist() == [
        ["Jean Barrot", "Nothing was agreed", "P03.S1"]]


# --- what is not a plain file, and binary data past the start -------------------------------------

def test_a_nul_byte_anywhere_is_binary_data(write_article):
    text = "Port strike ends\n\n" + "Dock workers returned to work on Tuesday. " * 200
    path = write_article(text.encode() + b"The union\x00 said the deal was fair.\n", name="late.txt")
    assert path.stat().st_size > 4096
    with pytest.raises(ArticleError, match="NUL bytes"):
        read_article(path)


def test_a_device_is_refused_without_reading_it():
    with pytest.raises(ArticleError, match="is a device or socket") as info:
        read_article("/dev/zero")
    assert str(info.value).startswith("/dev/zero: ")


def test_a_pipe_is_read_and_stopped_at_the_limit(tmp_path):
    import os
    import threading
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def write(data):
        try:
            with open(fifo, "wb") as f:
                f.write(data)
        except BrokenPipeError:                 # the reader stopped at the limit
            pass

    for data, expected in [(b"Port strike ends\n\nDock workers returned to work on Tuesday.\n", None),
                           (b"The talks went on. " * (MAX_BYTES // 19 + 10), "more than the")]:
        writer = threading.Thread(target=write, args=(data,))
        writer.start()
        # the reader opens the pipe only once a writer is there, as <(command) does
        time.sleep(0.5)
        if expected:
            with pytest.raises(ArticleError, match=expected):
                read_article(fifo)
        else:
            assert read_article(fifo).title == "Port strike ends"
        writer.join(timeout=30)


def test_a_pipe_without_a_writer_reads_as_empty(tmp_path):
    import os
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="empty"):
        read_article(fifo)
