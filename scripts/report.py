"""Presentation helpers the chapter notebooks share.

Tables reach the book as MyST markdown (``nb_render_markdown_format: myst``),
so that each has a number, a caption and a label a reader can cite, in HTML
and PDF alike. Article text is escaped on the way: whatever an article holds
(markdown, HTML, a ``<script>`` tag) is shown as characters, never interpreted.
"""
from __future__ import annotations

import re

import pandas as pd
from IPython.display import Markdown

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:^&=\"'@%;/?,])")


def escape(text) -> str:
    """Text as literal characters in MyST markdown (every ASCII punctuation escaped)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def sentence_link(sentence_id: str) -> str:
    """A link to a sentence in the article appendix, e.g. ``P05.S2`` -> ``#p05-s2``."""
    anchor = sentence_id.lower().replace(".", "-")
    return f"{{ref}}`{sentence_id} <{anchor}>`"


def sentence_links(ids) -> str:
    return ", ".join(sentence_link(i) for i in ids)


LONG_TOKEN = 30   # characters
_BREAK_AFTER = re.compile(r"([|/_),])")


def breakable(text: str) -> str:
    """Long unbroken strings (cue patterns, paths) with invisible break
    opportunities after ``| / _ ) ,``, so that a table cell can wrap them
    instead of running off the page; shorter words are left whole."""
    return " ".join(_BREAK_AFTER.sub("\\1\u200b", token) if len(token) > LONG_TOKEN else token
                    for token in text.split(" "))


def or_none(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame, or one row reading 'none' when it is empty: an article may have
    nothing to list, and a table needs a row (LaTeX fails on a table without one)."""
    if len(frame):
        return frame
    return pd.DataFrame([["none", *[""] * (len(frame.columns) - 1)]], columns=frame.columns)


def citation(keys: str) -> str:
    """Bibliography keys ("a; b" or "a, b") as a MyST citation of references.bib."""
    found = [k for k in re.split(r"[;,\s]+", str(keys)) if k]
    return f"{{cite}}`{','.join(found)}`" if found else ""


# Headers a reader sees for column names of the analysis's tables. The exported
# CSV files keep the names themselves (the data dictionary is their contract);
# any other name has its underscores shown as spaces (see ``header``).
HEADERS = {
    "stands_for": "stands for",
    "verb_class": "verb class",
    "source_type": "kind of source",
    "coded_by": "coded by",
    "other_event": "other event",
    "heard_through": "heard through",
    "named_in": "named in",
    "source_sides": "sources' sides",
    "sentence_id": "sentence",
    "sentence_ids": "sentences",
    "first_sentence": "first sentence",
    "side_chain": "how the side is inferred",
    "actor_a": "actor",
    "actor_b": "other actor",
    "n_hedges": "hedges",
    "n_boosters": "boosters",
    "plus_one_means": "+1 means",
    "primary_dimension": "primary dimension",
    "article_only": "article's reading only",
}


def header(column) -> str:
    """The header a reader sees for a column: ``stands_for`` -> 'stands for'."""
    text = str(column)
    return HEADERS.get(text, text.replace("_", " ").strip())


def table(df: pd.DataFrame, name: str, caption: str, *, raw_columns=(), cite_columns=(),
          widths: list[int] | None = None, index: bool = False) -> Markdown:
    """A numbered, captioned table labelled ``name`` (cite it as ``{numref}`name```).

    Column names are shown as readable headers (``header``). Cells are escaped unless their column is in ``raw_columns`` (for cells the
    code built as MyST, such as sentence links); cells of ``cite_columns`` hold
    bibliography keys and are shown as citations. Floats are shown as they are:
    round them before calling.
    """
    if index:
        df = df.reset_index()
    df = or_none(df)
    if cite_columns:
        df = df.assign(**{c: df[c].map(citation) for c in cite_columns})
        raw_columns = (*raw_columns, *cite_columns)
    head = "| " + " | ".join(escape(header(c)) for c in df.columns) + " |"
    rule = "|" + "|".join("---" for _ in df.columns) + "|"
    rows = []
    for record in df.itertuples(index=False):
        cells = []
        for column, value in zip(df.columns, record):
            value = "" if value is None or (isinstance(value, float) and pd.isna(value)) else value
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f"{value:,}" if isinstance(value, int) else str(value))
            else:
                cells.append(str(value) if column in raw_columns else escape(breakable(str(value))))
        rows.append("| " + " | ".join(cells) + " |")
    # longtable: in the PDF a table breaks across pages instead of losing its last rows
    options = f":name: {name}\n:class: longtable\n"
    columns = ""
    if widths:
        options += ":widths: " + " ".join(str(w) for w in widths) + "\n"
    else:
        # a longtable needs its column widths (its default columns never wrap);
        # in the PDF only, so that the HTML keeps its automatic layout
        columns = f":::{{tabularcolumns}} {latex_columns(df, raw_columns)}\n:::\n\n"
    body = "\n".join([head, rule, *rows])
    return Markdown(f"{columns}:::{{table}} {escape(caption)}\n{options}\n{body}\n:::\n")


LINE = 90          # characters of table text a PDF line holds, cell padding included
PADDING = 3        # a cell's padding, in characters
_ROLE = re.compile(r"\{(\w+)\}`([^`]*)`")


def _shown(text: str) -> str:
    """Roughly the text a reader sees of a MyST cell: a reference shows its title,
    a citation its short label."""
    def role(match):
        kind, body = match.groups()
        if kind == "cite":
            return " ".join("[Xxx00]" for _ in body.split(","))
        return re.sub(r"\s*<[^>]*>$", "", body)
    return _ROLE.sub(role, text)


def latex_columns(df: pd.DataFrame, raw_columns=()) -> str:
    """Ragged-right column widths for the PDF, as a ``tabularcolumns`` spec.

    Each column's natural width is its longest line of text; columns that fit
    their share of the line keep it, the others share what is left in proportion
    to their natural width, and no column is narrower than its longest word.
    """
    natural, floor = [], []
    for column in df.columns:
        cells = [header(column)] + ["" if v is None else str(v) for v in df[column]]
        if column in raw_columns:
            cells = [_shown(c) for c in cells]
        natural.append(max(len(c) for c in cells) + PADDING)
        words = [w for c in cells for w in re.split(r"[\s\u200b]+", breakable(c))]
        floor.append(min(max(map(len, words), default=1), LINE // 3) + PADDING)
    widths = list(natural)
    if sum(natural) > LINE:
        fixed = set()
        while True:   # tabulary's rule: narrow columns keep their width, wide ones share the rest
            free = [i for i in range(len(natural)) if i not in fixed]
            room = LINE - sum(natural[i] for i in fixed)
            share = room / max(len(free), 1)
            narrow = {i for i in free if natural[i] <= share}
            if not narrow:
                break
            fixed |= narrow
        total = sum(natural[i] for i in free) or 1
        for i in free:
            widths[i] = max(floor[i], room * natural[i] / total)
    # whole percentages, over their own sum: rounding must not make the table wider than the line
    shares = [max(1, round(100 * w / sum(widths))) for w in widths]
    return "".join(f"\\X{{{share}}}{{{sum(shares)}}}" for share in shares)


def percent(share: float) -> str:
    """A share as a whole percentage: 0.425 -> '42%'."""
    return f"{share:.0%}"


def glue_text(name: str, value, fmt: str = "") -> None:
    """Glue a value for the prose, formatted here (``fmt`` as in ``format``),
    as escaped text: cite it in markdown with ``{glue:md}`name` ``."""
    from myst_nb import glue

    text = format(value, fmt) if fmt else str(value)
    glue(name, Markdown(escape(text)), display=False)


def glue_md(name: str, markdown: str) -> None:
    """Glue MyST markdown the code built (links, emphasis) for ``{glue:md}``."""
    from myst_nb import glue

    glue(name, Markdown(markdown), display=False)


_KIND_LABEL = {"title": "title", "standfirst": "standfirst", "heading": "heading",
               "paragraph": "", "list_item": "list item"}


def article_text(article) -> Markdown:
    """The whole article, one sentence a line, each with its id as an anchor
    (``p05-s2``) and each paragraph with its own (``p05``)."""
    lines = []
    for block in article.blocks:
        lines.append(f"({block.id.lower()})=")
        sentences = [s for s in article.sentences if s.paragraph_id == block.id]
        kind = _KIND_LABEL[block.kind]
        for s in sentences:
            text = escape(s.text)
            if block.kind in ("title", "heading", "standfirst"):
                text = f"*{text}*"
            tag = f" \\[{kind}\\]" if kind else ""
            lines.append(f"({s.anchor})=\n**{s.id}**{tag} {text}\n")
    if article.dropped:
        lines.append("Lines dropped as page furniture: "
                     + "; ".join(f"“{escape(d)}”" for d in article.dropped) + ".\n")
    return Markdown("\n".join(lines))


# Cue patterns (regular expressions in scripts/data) as the words a reader of a
# codebook expects: '(?:has|have|had) to' -> 'has to, have to, had to',
# '(?:wary|sceptical) (?:of|about)' -> 'wary/sceptical of/about'. Look-arounds
# are context checks, not cue words, and are left out.
from re import _parser as _sre           # noqa: E402  (the standard library's own regex parser)

_EXPAND = 3        # a cue with at most this many variants is listed in full
_WORD_EXPAND = 8   # a word with at most this many variants is shown as 'a/b/c'
_ANY, _NUMBER = "…", "[number]"


def _is_space(item) -> bool:
    op, arg = item
    if op is _sre.LITERAL:
        return arg == 32
    if op is _sre.IN:
        return arg == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _, inner = arg
        return low >= 1 and len(inner) == 1 and _is_space(inner[0])
    return False


def _class(arg) -> list[str]:
    """A character class: its letters when it lists a few ('[cs]'), a number, or any word."""
    if all(op is _sre.LITERAL for op, _ in arg):
        chars = [chr(c) for _, c in arg]
        return [" " if " " in chars else chars[0]] if set(chars) & set(" -") else chars
    if any(op is _sre.CATEGORY and a is _sre.CATEGORY_DIGIT for op, a in arg):
        return [_NUMBER]
    if arg == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]:
        return [" "]
    return [_ANY]


def _variants(item) -> list[str]:
    """The readable variants of one element of a parsed pattern."""
    op, arg = item
    if op is _sre.LITERAL:
        return [chr(arg)]
    if op in (_sre.NOT_LITERAL, _sre.ANY):
        return [_ANY]
    if op is _sre.IN:
        return _class(arg)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT, _sre.GROUPREF):
        return [""]
    if op is _sre.SUBPATTERN:
        return _phrases(list(arg[-1]))
    if op is _sre.BRANCH:
        return list(dict.fromkeys(v for branch in arg[1] for v in _phrases(list(branch))))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, inner = arg
        inner = list(inner)
        if len(inner) == 1 and _is_space(inner[0]):
            return [" "]
        shown = _phrases(inner)
        text = "/".join(v.strip() for v in shown)
        trailing = " " if any(v.endswith(" ") for v in shown) else ""
        if shown == [_NUMBER]:
            return [_NUMBER]
        words = _ANY not in text and any(ch.isalpha() for ch in text)
        if low == 0 and (high == 1 or words):    # optional: in brackets, '(s)', '(the)', '(senior/top)'
            return [f"({text}){trailing}" if text else ""]
        if words:                                  # one or more of these words
            return [text + trailing]
        if len(inner) == 1 and (inner[0][0] is _sre.ANY or (inner[0][0] is _sre.IN and inner[0][1][:1] == [(_sre.NEGATE, None)])):
            return [f" {_ANY} "]    # any run of characters: a gap between words
        return [_ANY]
    return [_ANY]


def _join(parts: list[list[str]], limit: int) -> list[str] | None:
    """Every combination of the parts' variants, or None when there are more than ``limit``."""
    total = 1
    for variants in parts:
        total *= len(variants)
    if total > limit:
        return None
    out = [""]
    for variants in parts:
        out = [a + b for a in out for b in variants]
    return out


def _tidy(text: str) -> str:
    text = re.sub(f"(?:{_ANY})+", _ANY, text)
    return re.sub(r"\s+", " ", text)


def _words(parts: list[list[str]]) -> list[list[list[str]]]:
    """The parts split into words: at a space of a part that has one variant
    (a space, an optional '(the) ', a gap ' … '); parts with several variants
    stay inside their word."""
    words, current = [], []
    for variants in parts:
        if len(variants) > 1:
            current.append(variants)
            continue
        pieces = variants[0].split(" ")
        if pieces[0]:
            current.append([pieces[0]])
        for piece in pieces[1:]:
            words.append(current)
            current = [[piece]] if piece else []
    words.append(current)
    return [w for w in words if w]


def _phrases(items: list) -> list[str]:
    """A sequence as its variants in full when they are few, otherwise as one
    phrase whose words show their variants as 'a/b/c'."""
    parts = [_variants(item) for item in items]
    if len(parts) == 1:     # alternatives on their own ('seek|seeks|sought'): each is a cue
        return parts[0]
    whole = _join(parts, _EXPAND)
    if whole is not None:
        return list(dict.fromkeys(_tidy(v) for v in whole))
    shown = []
    for word in _words(parts):
        full = _join(word, _WORD_EXPAND)
        if full is None:
            full = ["".join(v[0] if len(v) == 1 else "(" + "/".join(x.strip() for x in v) + ")"
                            for v in word)]
        shown.append("/".join(dict.fromkeys(_tidy(v).strip() for v in full)))
    return [" ".join(w for w in shown if w)]


def cue_words(pattern: str, inflected: str = "~") -> list[str]:
    """The words a cue pattern matches, as a reader would list them.

    ``word~`` (a verb in any of its forms, in the claim tables) is shown as the
    base form; a wildcard as '…', a number as '[number]', an optional part in
    brackets. A pattern the parser rejects is shown as written.
    """
    text = re.sub(rf"(\w+){re.escape(inflected)}", r"\1", pattern) if inflected else pattern
    try:
        parsed = _sre.parse(text)
    except re.error:
        return [text]
    return [v for v in (_tidy(p).strip() for p in _phrases(list(parsed))) if v]


def cue_list(patterns, sep: str = ", ") -> str:
    """Cue patterns as one readable list, each variant once."""
    return sep.join(dict.fromkeys(w for p in patterns for w in cue_words(p)))


def readable_cues(frame: pd.DataFrame, column: str, split: str | None = ", ") -> pd.DataFrame:
    """The frame with ``column`` (cue patterns, several to a cell joined by ``split``,
    or one a cell when ``split`` is None) shown as the words they match."""
    return frame.assign(**{column: frame[column].map(
        lambda cell: cue_list(cell.split(split) if split else [cell]) if cell else "")})
