"""Read a plain-text news article into its parts, with stable ids.

An article becomes a list of *blocks* (title, standfirst, heading, paragraph,
list item), numbered ``P01``, ``P02``… in reading order, and a list of
*sentences*, numbered within their block: ``P05.S2`` is the second sentence of
block five. The ids are what the book shows, links to and lets readers cite.

Two shapes of input are understood:

* marked up, as the seed article is: title wrapped in ``//…//``, standfirst
  ending with ``/``;
* plain: title on the first line, paragraphs one per line or separated by
  blank lines (hard-wrapped lines inside a paragraph are joined).

Page furniture (a lone ``Comments`` line, share buttons, cookie notices…) is
dropped and listed in :attr:`Article.dropped`, so that nothing disappears
silently. Bad input raises :class:`ArticleError` with one readable line.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from scripts import nlp

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
    if b"\x00" in raw[:4096]:
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
_AGENCIES = r"(?:afp|reuters|ap|epa|anadolu|getty images|shutterstock|alamy)"
_FURNITURE_PATTERNS = {
    "widget": r"comments?|\d+\s+comments?|(?:show|view|load|read) (?:all )?comments(?: \(\d+\))?"
              r"|comments \(\d+\)|advertisement|sponsored(?: content)?|share(?: this(?: article| story| page)?)?"
              r"|share on \w+|facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|copy link"
              r"|save(?: article)?|print|tweet|continue reading|(?:read more|see also|also read"
              r"|more on this story|more from [\w ]+)(?::.*)?|related(?: articles| stories| topics)?:?"
              r"|most (?:read|viewed|popular)|trending(?: now)?|topics?:.*|tags?:.*|follow us.*"
              r"|download (?:the|our) app.*|sign up.*newsletter.*|subscribe(?: now)?|sign in|log in"
              r"|click here.*|\d+ min(?:ute)?s? read|copyright\s*(?:©|\(c\)|\d{4}).*|©.*"
              r"|all rights reserved\.?",
    "menu": r"skip to (?:main )?(?:content|navigation)|menu|(?:main )?navigation|home|back to top|search"
            r"|(?:[\w'&-]+(?: [\w'&-]+)?\s*[|›»>]\s*){2,}[\w'&-]+(?: [\w'&-]+)?",   # menu bars, breadcrumbs
    "image credit": r"(?:image|photo|photograph|picture|video|illustration)(?: credits?)?\s*[:/].*"
                    rf"|\(?(?:photo|image|picture)(?: by| credit)?[^.]{{0,60}}{_AGENCIES}[^.]{{0,30}}\)?"
                    rf"|getty images|reuters/.*|ap photo.*|[\w .'-]{{0,40}}/{_AGENCIES}(?: via getty images)?",
    # case matters: "By Jane Smith" is a byline, "By the end of March" is not
    "byline": r"(?-i:[Bb]y|BY)\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w.'’-]*)){0,5}"
              r"(?:\s*[,|]\s*[^.]{0,40})?|(?:reporting|writing|editing|additional reporting) by .*",
    "dateline": r"(?:(?:published|updated|last updated|posted|first published)(?: on)?:?\s+)?"
                rf"(?:{_DATE}|{_AGO})(?:\s*[|,-]?\s*[^.]{{0,30}})?",
    "player": r"your browser does not support.*|media playback is (?:unsupported|not supported).*"
              r"|video player is loading.*|(?:play|watch) (?:video|now)|watch:.*|listen to this article.*"
              r"|listen:?\s*\d+:\d+|duration:?\s*\d+:\d+|\d{1,2}:\d{2}(?: / \d{1,2}:\d{2})?"
              r"|this video (?:can ?not|cannot) be played.*|(?:loading|now playing)\.*",
    "cookie notice": r"(?:accept|reject|manage|allow) (?:all )?cookies.*|cookie (?:settings|preferences|policy).*"
                     r"|we (?:and our partners )?use cookies.*|this (?:site|website) uses cookies.*"
                     r"|by (?:using|continuing to use) this (?:site|website).*cookies.*|accept(?: all)?|reject all",
}
_FURNITURE = {kind: re.compile(pattern, re.I) for kind, pattern in _FURNITURE_PATTERNS.items()}
_FURNITURE_MAX = 200        # characters: furniture is short; running text is never dropped as such
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
    if len(line) > _FURNITURE_MAX:
        return None
    return next((kind for kind, pattern in _FURNITURE.items() if pattern.fullmatch(line)), None)


def _dateline(line: str) -> str:
    """The dateline a paragraph opens with ("KYIV, March 12 (Reuters) -"), or "".
    A bare capitalised word before a dash ("NATO - ...") is not one: a dateline
    also gives a region, a date or a source."""
    m = _DATELINE_PREFIX.match(line)
    return m.group(0).strip() if m and m.group("more") else ""


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
    """Logical lines. A blank-line separated group whose lines are all long
    (hard-wrapped prose, as e-mail and terminals wrap it) is one paragraph;
    in any other group every line stands on its own."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for group in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in group.split("\n") if ln.strip()]
        wrapped = (len(lines) >= 2
                   and all(len(ln) >= 40 and not _LIST_ITEM.match(ln) for ln in lines[:-1])
                   and not _LIST_ITEM.match(lines[-1])
                   and any(not _SENTENCE_END.search(ln) for ln in lines[:-1]))
        out.extend([" ".join(lines)] if wrapped else lines)
    return out


def _blocks(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """(kind, text) pairs in order, and the lines dropped as page furniture."""
    kept, dropped = [], []
    for line in lines:
        if furniture_kind(line):
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
        spans = (nlp.split_sentences(block_text) if kind == "paragraph"
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


def read_article(path: Path | str) -> Article:
    """Read and parse one article file; raises :class:`ArticleError` on bad input."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a folder, not an article file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(path, f"{size:,} bytes is larger than the {MAX_BYTES:,}-byte limit for one article")
    raw = path.read_bytes()
    article = parse(_decode(path, raw), path)
    # checksum and size of the file as received, not of the decoded text
    article.sha256 = hashlib.sha256(raw).hexdigest()
    article.size = len(raw)
    return article
