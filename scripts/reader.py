"""Read a plain-text news article into its parts, with stable ids.

An article becomes a list of *blocks* (title, standfirst, heading, paragraph,
list item), numbered ``P01``, ``P02``… in reading order, and a list of
*sentences*, numbered within their block: ``P05.S2`` is the second sentence of
block five. The ids are what the book shows, links to and lets readers cite.

Two shapes of input are understood:

* marked up, as the seed article is: title wrapped in ``//…//``, standfirst
  ending with ``/``;
* plain: title on the first line, paragraphs one per line or separated by
  blank lines. Hard-wrapped text (lines of a regular width that end in the
  middle of sentences, as e-mail and terminals wrap them) is recognised from
  the widths of all its lines, and its lines are joined into paragraphs.

Page furniture (a lone ``Comments`` line, share buttons, cookie notices,
bylines, datelines, photo captions, tickers, video-player notices…) is
dropped and listed in :attr:`Article.dropped`, so that nothing disappears
silently. Bad input raises :class:`ArticleError` with one readable line.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from scripts import nlp
from scripts.paths import DATA

MAX_BYTES = 5 * 1024 * 1024

# Section names for the blocks that come before the first heading.
HEADLINE = "Headline"
LEAD = "Lead"


class ArticleError(ValueError):
    """The file cannot be read as a news article; the message says why."""

    def __init__(self, path, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class Block:
    id: str            # P01, P02…
    kind: str          # title | standfirst | heading | paragraph | list_item
    section: str       # the heading the block stands under
    text: str


@dataclass(frozen=True)
class Sentence:
    id: str            # P05.S2
    paragraph_id: str
    section: str
    kind: str          # the kind of its block
    text: str
    index: int         # 0-based position in the article

    @property
    def anchor(self) -> str:
        """The HTML anchor of the sentence, e.g. ``p05-s2``."""
        return self.id.lower().replace(".", "-")


@dataclass
class Article:
    path: Path
    sha256: str
    size: int
    title: str
    blocks: list[Block]
    sentences: list[Sentence]
    dropped: list[str] = field(default_factory=list)
    # analyses several tables share (the actors feed quotes and demands), computed once
    _computed: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.stem

    def computed(self, key: str, compute):
        """``compute()`` the first time ``key`` is asked for, the same object afterwards.
        Results are shared: treat them as read-only. While the book is built they are
        also kept on disk for the next notebook's kernel (:mod:`scripts.analysis_cache`)."""
        if key not in self._computed:
            from scripts import analysis_cache

            self._computed[key] = analysis_cache.cached(self.sha256, f"{self.name}-{key}", compute)
        return self._computed[key]

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(sentence_id)

    def sentences_frame(self) -> pd.DataFrame:
        """The ``sentences.csv`` table (GUIDE §5) plus the block kind."""
        return pd.DataFrame(
            [{"sentence_id": s.id, "paragraph_id": s.paragraph_id, "section": s.section,
              "text": s.text, "kind": s.kind} for s in self.sentences],
            columns=["sentence_id", "paragraph_id", "section", "text", "kind"])


# --- checks on the raw bytes -------------------------------------------------

_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x7fELF": "an executable (ELF)",
    b"MZ": "a Windows executable",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}
_HTML = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|script|meta)\b", re.I)


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise ArticleError(path, "the file is empty")
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise ArticleError(path, f"this is {what}, not plain text; save the article as a .txt file")
    if b"\x00" in raw:
        raise ArticleError(path, "the file holds binary data (NUL bytes), not plain text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path, f"not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                  "re-save the file as UTF-8") from None
    head = text.lstrip()[:2000]
    if head.startswith("<") and _HTML.search(head) or len(_HTML.findall(text)) >= 5:
        raise ArticleError(path, "this looks like an HTML page, not the article's text; "
                                 "copy the article's text into a .txt file")
    return text


# --- lines into blocks -------------------------------------------------------

# Lines that are page furniture rather than the article: what copying a news
# page into a text file leaves behind. Written for this project from the
# widgets, credits and notices news sites commonly show; one pattern per kind,
# each matching a whole line (case is ignored except where a pattern says).
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
         rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
         r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
         r"(?:,?\s+\d{4})?(?:(?:,|\s+at|\s+-)?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s+[a-z]{2,4})?)?")
_AGO = r"\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago"
_AGENCIES = r"(?:afp|reuters|ap|epa|anadolu|getty images|shutterstock|alamy|tass|ria novosti|xinhua|dpa)"
_FURNITURE_PATTERNS = {
    "widget": r"comments?|\d+\s+comments?|(?:show|view|load|read) (?:all )?comments(?: \(\d+\))?"
              r"|comments \(\d+\)|advertisement|sponsored(?: content)?|share(?: this(?: article| story| page)?)?"
              r"|share on \w+|facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|copy link"
              r"|save(?: article)?|print|tweet|continue reading|(?:read more|see also|also read"
              r"|more on this story|more from [\w ]+)(?::.*)?|related(?: articles| stories| topics)?:?"
              r"|most (?:read|viewed|popular)|trending(?: now)?|topics?:.*|tags?:.*|follow us.*"
              r"|download (?:the|our) app.*|sign up.*newsletter.*|subscribe(?: now)?|sign in|log in"
              r"|click here.*|\d+ min(?:ute)?s? read|copyright\s*(?:©|\(c\)|\d{4}).*|©.*"
              r"|all rights reserved\.?"
              r"|[_*=~#-]{3,}",           # a rule between the story and its credits ("___")
    "menu": r"skip to (?:main )?(?:content|navigation)|menu|(?:main )?navigation|home|back to top|search"
            r"|(?:[\w'&-]+(?: [\w'&-]+)?\s*[|›»>]\s*){2,}[\w'&-]+(?: [\w'&-]+)?",   # menu bars, breadcrumbs
    "image credit": r"(?:(?:header|main|lead|top|featured|cover)\s+)?"
                    r"(?:image|photo|photograph|picture|video|illustration)(?: credits?)?\s*[:/].*"
                    rf"|\(?(?:photo|image|picture)(?: by| credit)?[^.]{{0,60}}{_AGENCIES}[^.]{{0,30}}\)?"
                    rf"|getty images|reuters/.*|ap photo.*|[\w .'-]{{0,40}}/{_AGENCIES}(?: via getty images)?",
    # case matters: "By Jane Smith" is a byline, "By the end of March" is not
    "byline": r"(?-i:[Bb]y|BY)\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w.'’-]*)){0,5}"
              r"(?:\s*[,|]\s*[^.]{0,40})?|\(?(?:reporting|writing|editing|additional reporting) by .*"
              # the agencies' contributor line: "Associated Press writer Jane Doe in Kyiv contributed to this report."
              r"|[^.]{0,80}\b(?:writers?|correspondents?|reporters?)\b[^.]{0,80}\bcontributed(?: reporting)?"
              r" to this (?:report|story|article)\.?",
    "dateline": r"(?:(?:published|updated|last updated|posted|first published|date)(?: on)?:?\s+)?"
                rf"(?:{_DATE}|{_AGO})(?:\s*[|,-]?\s*[^.]{{0,30}})?"
                r"|(?:published|updated|last updated|posted):?",       # the word left without its date
    "player": r"your browser does not support.*|media playback is (?:unsupported|not supported).*"
              r"|video player is loading.*|(?:play|watch) (?:video|now)|watch:.*|listen to this article.*"
              r"|listen:?\s*\d+:\d+|duration:?\s*\d+:\d+|\d{1,2}:\d{2}(?: / \d{1,2}:\d{2})?"
              r"|this video (?:can ?not|cannot) be played.*|(?:loading|now playing)\.*",
    # currency and market tickers: "4.12 PLN", "USD/RUB 92.5", "EUR/USD 1.08 +0.3%"
    "ticker": r"(?-i:(?:[A-Z]{3}/)?[A-Z]{3}\s*[+-]?\d[\d.,]*|[+-]?\d[\d.,]*\s*(?:[A-Z]{3}/)?[A-Z]{3})"
              r"(?:\s*[▲▼↑↓+−-]?\s*\d[\d.,]*\s*%?)?",
    "cookie notice": r"(?:accept|reject|manage|allow) (?:all )?cookies.*|cookie (?:settings|preferences|policy).*"
                     r"|we (?:and our partners )?use cookies.*|this (?:site|website) uses cookies.*"
                     r"|by (?:using|continuing to use) this (?:site|website).*cookies.*|accept(?: all)?|reject all",
}
_FURNITURE = {kind: re.compile(pattern, re.I) for kind, pattern in _FURNITURE_PATTERNS.items()}
_FURNITURE_MAX = 200        # characters: furniture is short; running text is never dropped as such
# A photo caption: a line that ends with its credit in brackets, "… (Photo: Reuters)".
# The credit needs its colon, slash, "by" or "credit": "(pictured)" ends running text.
_CAPTION = re.compile(r".{0,400}\(\s*(?:photo|image|picture|photograph|video)s?"
                      r"(?:\s+(?:by|credit)\s*:?|\s*[:/])\s*[^()]{1,80}\)\.?", re.I)
_CAPTION_MAX = 500
# Player notices that web pages break over several lines; matched on the lines
# joined, and whole, so that no line of running text after them is taken too.
_NOTICES = re.compile(
    r"to view this video please enable javascript,? and consider upgrading to a web ?browser"
    r" that supports html5 video\.?"
    r"|your browser does not support (?:the )?(?:video|audio)(?: tag| element| playback)?\.?"
    r"|(?:this video|this content) (?:can ?not|cannot|is not available to) be played(?: in your browser)?\.?"
    r"|media playback is (?:unsupported|not supported) on your device\.?"
    r"|please enable javascript to (?:view|watch|play) (?:this|the) video\.?"
    r"|(?:sorry, )?this video is (?:not|no longer) available(?: in your (?:country|region))?\.?", re.I)
_NOTICE_LINES = 4
# "KYIV, March 12 (Reuters) - " or "GENEVA (AP) — " before the first sentence of a paragraph
_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3}"            # the place, in capitals
    r"(?P<more>(?:,\s+[A-Z][A-Za-z .]{1,20})?"                # ", Ukraine"
    rf"(?:,\s+(?i:{_DATE}))?(?:\s*\([^)\n]{{1,40}}\))?)"        # ", March 12", "(Reuters)"
    r"\s*[-\u2013\u2014]+(?:\s+|$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–—]|\d{1,2}[.)])\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_TITLE_MARK = re.compile(r"^//(.+?)//$")
_STANDFIRST_MARK = re.compile(r"^(.+?)\s*/$")


def furniture_kind(line: str) -> str | None:
    """The kind of page furniture a line is (``"byline"``, ``"cookie notice"``…), or None."""
    line = line.strip()
    if len(line) <= _CAPTION_MAX and _CAPTION.fullmatch(line):
        return "image credit"
    if _NOTICES.fullmatch(line):
        return "player"
    if len(line) > _FURNITURE_MAX:
        return None
    return next((kind for kind, pattern in _FURNITURE.items() if pattern.fullmatch(line)), None)


# "MOSCOW, May 9. /TASS/." (TASS and other agencies that put their name between slashes)
_SLASH_DATELINE = re.compile(
    r"^[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3}(?:,\s+[A-Z][A-Za-z .]{1,20})?"
    rf",\s+(?i:{_DATE})\.?\s*/[A-Z][A-Za-z -]{{1,20}}/\.?(?:\s+|$)")


def _dateline(line: str) -> str:
    """The dateline a paragraph opens with ("KYIV, March 12 (Reuters) -",
    "MOSCOW, May 9. /TASS/.", "LONDON --"), or "". A bare capitalised word before
    a single dash ("NATO - ...") is not one: a dateline then also gives a region,
    a date or a source, unless the word is a capital city or a country."""
    m = _SLASH_DATELINE.match(line)
    if m:
        return m.group(0).strip()
    m = _DATELINE_PREFIX.match(line)
    if not m:
        return ""
    dateline = m.group(0).strip()
    if m.group("more") or dateline.endswith("--"):
        return dateline
    place = dateline.rstrip("-\u2013\u2014 ").strip()
    return dateline if place.lower() in _places() else ""


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Capitals and countries (lower case), from the package's country table."""
    table = pd.read_csv(DATA / "countries.csv", comment="#", dtype=str, keep_default_na=False)
    return frozenset(name.lower() for name in [*table.country, *table.capital] if name)


_BYLINE_PREFIX = re.compile(r"^(?:[Bb]y|BY)\s+")


def _notice_lines(lines: list[str], at: int) -> int:
    """How many lines from ``at`` on make one player notice broken over lines (0 if none)."""
    for count in range(2, _NOTICE_LINES + 1):
        if at + count > len(lines):
            break
        if _NOTICES.fullmatch(" ".join(ln.strip() for ln in lines[at:at + count])):
            return count
    return 0


def _looks_like_heading(line: str) -> bool:
    """A short line that does not end like a sentence: a cross-heading."""
    words = line.split()
    if not words or len(words) > 14 or _LIST_ITEM.match(line):
        return False
    if line.endswith("?"):
        # "Ukraine's Dilemma: Peace at a Cost?" is a heading; a short question
        # in running text is not: headings capitalize most of their words.
        capitalized = sum(w[:1].isupper() for w in words if len(w) > 3)
        long_words = sum(len(w) > 3 for w in words)
        return long_words > 0 and capitalized / long_words >= 0.6
    return not re.search(r"[.!,;:…\"'”’]$", line)


def _paragraph_lines(text: str) -> list[str]:
    """Logical lines: each paragraph on one line. In hard-wrapped text (see
    :func:`_wrap_width`) a line that was broken only because the next word did
    not fit is joined to the next; otherwise every line stands on its own."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    groups = [[ln.strip() for ln in group.split("\n") if ln.strip()]
              for group in re.split(r"\n\s*\n", text)]
    groups = [lines for lines in groups if lines]
    width = _wrap_width(groups)
    out: list[str] = []
    for g, lines in enumerate(groups):
        current = lines[0]
        for n in range(1, len(lines)):
            title = g == 0 and n == 1                      # a title stays a title
            if width and not title and _wrapped(lines[n - 1], lines[n], width):
                current = f"{current} {lines[n]}"
            else:
                out.append(current)
                current = lines[n]
        out.append(current)
    return out


# characters: text is wrapped at 60 to 80 as a rule (e-mail, terminals, wire copy);
# narrower lines are short lines, wider ones paragraphs
_WRAP_MIN, _WRAP_MAX = 50, 160


def _wrap_width(groups: list[list[str]]) -> int:
    """The width the text is hard-wrapped at, or 0 when it is not wrapped.

    Wrapped text has many lines of about the same length, most of which end
    in the middle of a sentence; text with a paragraph per line has lines of
    every length, which end with their sentences. One line ending without a
    full stop (a headline) says nothing either way."""
    lines = [ln for lines in groups for ln in lines[:-1] if not _LIST_ITEM.match(ln)]
    if len(lines) < 2:
        return 0
    width = max(len(ln) for lines in groups for ln in lines)
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return 0
    full = [ln for ln in lines if len(ln) >= 0.75 * width]
    open_ended = [ln for ln in full if not _SENTENCE_END.search(ln)]
    return width if len(open_ended) >= 2 and len(open_ended) * 2 >= len(full) else 0


def _wrapped(line: str, following: str, width: int) -> bool:
    """Whether ``line`` was broken before ``following`` only for the width: it is
    nearly full (the next word would not have fitted) and the next line is not
    a list item."""
    if _LIST_ITEM.match(line) or _LIST_ITEM.match(following):
        return False
    next_word = following.split()[0]
    if len(line) + 1 + len(next_word) > 0.9 * width:
        return True
    return len(line) >= 0.75 * width and not _SENTENCE_END.search(line)


def _blocks(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """(kind, text) pairs in order, and the lines dropped as page furniture."""
    kept, dropped = [], []
    bylines: set[str] = set()
    skip = 0
    for at, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        notice = _notice_lines(lines, at)
        if notice:
            dropped.extend(lines[at:at + notice])
            skip = notice - 1
            continue
        kind = furniture_kind(line)
        if kind == "byline":
            bylines.add(_BYLINE_PREFIX.sub("", line).strip().casefold())
        if kind or line.strip().casefold() in bylines:     # a byline's name printed again
            dropped.append(line)
            continue
        dateline = _dateline(line) if kept else ""      # the first line is the title
        if dateline:
            dropped.append(dateline)
            line = line[len(dateline):].strip()
        if line:
            kept.append(line)
    blocks: list[tuple[str, str]] = []
    for i, line in enumerate(kept):
        if i == 0:
            m = _TITLE_MARK.match(line)
            blocks.append(("title", m.group(1).strip() if m else line))
            continue
        if i == 1:
            m = _STANDFIRST_MARK.match(line)
            if m and not line.endswith("//"):
                blocks.append(("standfirst", m.group(1).strip()))
                continue
            if _looks_like_heading(line) and len(kept) > 2 and not _looks_like_heading(kept[2]):
                blocks.append(("standfirst", line))
                continue
        if _LIST_ITEM.match(line):
            blocks.append(("list_item", _LIST_ITEM.sub("", line, count=1).strip()))
        elif _looks_like_heading(line) and i < len(kept) - 1:
            blocks.append(("heading", line))
        else:
            blocks.append(("paragraph", line))
    return blocks, dropped


# --- the article -------------------------------------------------------------

# English running text is about 35-55% function words ("the", "of", "and"...);
# French, German or Spanish text has a few per cent of the English ones.
# The analysis reads English only: below this share it would give nonsense.
MIN_ENGLISH_SHARE = 0.15
_MIN_WORDS_TO_JUDGE = 20     # too few words to judge the language: let them through
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, float, int]:
    """(share of NLTK's English stopwords among the words, share of Latin letters
    among the letters, number of words) of ``text``."""
    words = _WORD.findall(text.lower())
    letters = sum(map(len, words))
    latin = sum(1 for w in words for c in w if c < "\u0250")     # Basic Latin to IPA
    common = nlp.stopwords()
    share = sum(w in common for w in words) / len(words) if words else 0.0
    # no letters at all: nothing to judge here (the reader then finds no sentence)
    return share, (latin / letters if letters else 1.0), len(words)


def _check_english(path: Path, text: str) -> None:
    share, latin, words = english_share(text)
    if words < _MIN_WORDS_TO_JUDGE and latin >= 0.5:
        return
    if latin < 0.5:
        why = f"{1 - latin:.0%} of its letters are not Latin letters"
    elif share < MIN_ENGLISH_SHARE:
        why = (f"only {share:.0%} of its words are common English words such as 'the' or 'and', "
               f"against 35-55% in English news")
    else:
        return
    raise ArticleError(path, f"does not look like English text ({why}); the analysis reads English only")


MAX_SENTENCE = 1000     # characters; news sentences are rarely a third of this


def _bounded(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The sentence spans with any longer than :data:`MAX_SENTENCE` cut at a clause
    boundary (or a space) before it: text without full stops (a table, a paragraph
    whose punctuation was lost) would otherwise be one sentence, and the analysis
    of a sentence grows faster than its length."""
    out = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            window = text[start:start + MAX_SENTENCE]
            cut = max(window.rfind(mark) for mark in ("; ", ": ", ", ", " \u2014 ", " - "))
            if cut < MAX_SENTENCE // 2:
                cut = window.rfind(" ")
            cut = cut + 1 if cut > 0 else MAX_SENTENCE
            out.append((start, start + cut))
            start += cut
            while start < end and text[start].isspace():
                start += 1
        out.append((start, end))
    return out


def parse(text: str, path: Path | str = "<text>") -> Article:
    """Parse already-decoded text; see :func:`read_article` for files."""
    path = Path(path)
    raw_lines = _paragraph_lines(text.lstrip("\ufeff"))
    pairs, dropped = _blocks(raw_lines)
    _check_english(path, " ".join(block_text for _, block_text in pairs))
    width = max(2, len(str(len(pairs))))
    blocks, sentences = [], []
    section = HEADLINE
    for n, (kind, block_text) in enumerate(pairs, start=1):
        if kind == "heading":
            section = block_text
        elif kind in ("paragraph", "list_item") and section == HEADLINE:
            section = LEAD
        block = Block(id=f"P{n:0{width}d}", kind=kind, section=section, text=block_text)
        blocks.append(block)
        # titles, standfirsts, headings and list items are one sentence each
        spans = (_bounded(nlp.split_sentences(block_text), block_text) if kind == "paragraph"
                 else [(0, len(block_text))])
        for k, (start, end) in enumerate(spans, start=1):
            sentences.append(Sentence(id=f"{block.id}.S{k}", paragraph_id=block.id,
                                      section=section, kind=kind,
                                      text=block_text[start:end].strip(),
                                      index=len(sentences)))
    if not any(re.search(r"[^\W\d_]{2,}(\s+\S+){2,}", s.text) for s in sentences):
        raise ArticleError(path, "no sentence found (no line has three or more words)")
    title = blocks[0].text if blocks else ""
    return Article(path=path, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   size=len(text.encode("utf-8")), title=title, blocks=blocks,
                   sentences=sentences, dropped=dropped)


def _read_bytes(path: Path) -> bytes:
    """The bytes of the file, at most :data:`MAX_BYTES`: a regular file, or a pipe (as
    ``<(command)`` gives) read up to the limit; a device or socket is refused."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(path, "is a folder, not an article file")
    pipe = stat.S_ISFIFO(info.st_mode)
    if not (stat.S_ISREG(info.st_mode) or pipe):
        raise ArticleError(path, "is a device or socket, not an article file")
    if info.st_size > MAX_BYTES:
        raise ArticleError(path, f"{info.st_size:,} bytes is larger than the {MAX_BYTES:,}-byte "
                                 "limit for one article")
    try:
        # a pipe is opened without waiting for a writer: with none, it reads as empty
        fd = os.open(path, os.O_RDONLY | (os.O_NONBLOCK if pipe else 0))
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    chunks, size = [], 0
    try:
        os.set_blocking(fd, True)
        # counted as read: a file can grow, and a pipe has no size beforehand
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > MAX_BYTES:
                raise ArticleError(path, f"more than the {MAX_BYTES:,}-byte limit for one article")
            chunks.append(chunk)
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_article(path: Path | str) -> Article:
    """Read and parse one article file; raises :class:`ArticleError` on bad input."""
    path = Path(path)
    raw = _read_bytes(path)
    article = parse(_decode(path, raw), path)
    # checksum and size of the file as received, not of the decoded text
    article.sha256 = hashlib.sha256(raw).hexdigest()
    article.size = len(raw)
    return article
