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
        Results are shared: treat them as read-only."""
        if key not in self._computed:
            self._computed[key] = compute()
        return self._computed[key]

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(sentence_id)

    def blocks_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [{"paragraph_id": b.id, "kind": b.kind, "section": b.section, "text": b.text,
              "sentences": sum(s.paragraph_id == b.id for s in self.sentences)}
             for b in self.blocks])

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

# Lines that are page furniture rather than the article. Written for this
# project from the widgets news sites commonly leave in copied text.
_BOILERPLATE = re.compile(
    r"^(comments?|\d+\s+comments?|advertisement|sponsored( content)?|share( this( article| story)?)?"
    r"|share on \w+|read more|related( articles| stories)?|subscribe( now)?|sign up.*newsletter.*"
    r"|(accept|manage) (all )?cookies.*|we use cookies.*|this (site|website) uses cookies.*"
    r"|skip to (main )?content|menu|home|back to top|print|email|tweet|follow us.*"
    r"|(image|photo|picture|video)( credit)?s?\s*[:/].*|getty images|reuters/.*|ap photo.*"
    r"|click here.*|listen to this article.*|\d+ min(ute)? read)$",
    re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–—]|\d{1,2}[.)])\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_TITLE_MARK = re.compile(r"^//(.+?)//$")
_STANDFIRST_MARK = re.compile(r"^(.+?)\s*/$")


def _is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line.strip()))


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
        (dropped if _is_boilerplate(line) else kept).append(line)
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

def parse(text: str, path: Path | str = "<text>") -> Article:
    """Parse already-decoded text; see :func:`read_article` for files."""
    path = Path(path)
    raw_lines = _paragraph_lines(text.lstrip("\ufeff"))
    pairs, dropped = _blocks(raw_lines)
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
