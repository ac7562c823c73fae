"""Reduce HTML to its text with the standard library's parser: blocks become paragraphs.

Used by `kgraph.inputs.files` for ``.html``/``.htm`` files and for text that starts with
an HTML tag (a saved web page, a CMS export). Scripts, styles and the
``<head>`` are dropped, character references are resolved, each block element
(``<p>``, ``<div>``, ``<h1>`` … ``<li>``, ``<tr>``) ends a paragraph (a blank
line), ``<br>`` ends a line, and white space is collapsed as a browser does:
a line break between two Chinese characters disappears, other runs become
one space; ``<pre>`` keeps its white space.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]

_DROPPED = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
#: elements whose tag makes a text HTML (more than markdown's occasional tag)
_INLINE = frozenset(
    {"a", "b", "body", "br", "em", "font", "i", "img", "html", "meta", "span"}
    | {"strong", "sub", "sup", "title", "u"}
)
_KNOWN = _BLOCKS | _CELLS | _DROPPED | _INLINE
_PARAGRAPH, _LINE = "\n\n", "\n"
_SPACE_RE = re.compile(r"[ \t\r\n\f\v]+")
#: kinds of collected pieces: text to collapse, text kept as is, a break
_TEXT, _PRE, _BREAK = 0, 1, 2


class _TextParser(HTMLParser):
    """Collects text outside dropped elements, with breaks at block edges."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[int, str]] = []
        self.tags = 0  # known elements seen
        self._dropped = 0
        self._pre = 0

    def _break(self, mark: str) -> None:
        if self.pieces and self.pieces[-1][0] == _BREAK:
            if mark == _PARAGRAPH:
                self.pieces[-1] = (_BREAK, _PARAGRAPH)
        elif self.pieces:
            self.pieces.append((_BREAK, mark))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += tag in _KNOWN
        if tag == "body":
            self._dropped = 0  # a <head> left open ends here
        elif tag in _DROPPED:
            self._dropped += 1
        elif tag in _BLOCKS:
            self._pre += tag == "pre"
            self._break(_PARAGRAPH)
        elif tag == "br":
            self._break(_LINE)
        elif tag in _CELLS:
            self.pieces.append((_TEXT, " "))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += tag in _KNOWN
        if tag == "br":
            self._break(_LINE)
        elif tag in _BLOCKS:
            self._break(_PARAGRAPH)

    def handle_endtag(self, tag: str) -> None:
        self.tags += tag in _KNOWN
        if tag in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
        elif tag in _BLOCKS:
            self._pre = max(0, self._pre - (tag == "pre"))
            self._break(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if not self._dropped and data:
            self.pieces.append((_PRE if self._pre else _TEXT, data))


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _collapse(data: str) -> str:
    """Collapse white space as a browser does (CSS Text: segment breaks in CJK)."""

    def space(m: re.Match[str]) -> str:
        before, after = data[m.start() - 1 : m.start()], data[m.end() : m.end() + 1]
        wide = bool(before and after) and _is_wide(before) and _is_wide(after)
        return "" if wide and "\n" in m.group() else " "

    return _SPACE_RE.sub(space, data)


def _parse(text: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    return parser


def _paragraphs(pieces: list[tuple[int, str]]) -> list[str]:
    """Join the pieces into paragraphs, each a list of lines stripped of spaces."""
    paragraphs: list[str] = []
    lines: list[str] = []
    line: list[str] = []
    run: list[str] = []  # text pieces to collapse together

    def end_run() -> None:
        line.append(_collapse("".join(run)))
        run.clear()

    def end_line() -> None:
        end_run()
        lines.append("".join(line).strip(" "))
        line.clear()

    for kind, text in pieces:
        if kind == _TEXT:
            run.append(text)
        elif kind == _PRE:
            end_run()
            line.append(text)
        else:
            end_line()
            if text == _PARAGRAPH:
                paragraphs.append(_LINE.join(lines))
                lines.clear()
    end_line()
    paragraphs.append(_LINE.join(lines))
    return [p for p in paragraphs if p.strip()]


def html_to_text(markup: str) -> str:
    """Return the text of the HTML ``markup``, paragraphs separated by blank lines.

    Parameters
    ----------
    markup : str
        An HTML document or fragment.

    Returns
    -------
    str
        Its text: no tags, scripts or styles; each paragraph stripped of
        surrounding spaces, joined by ``"\\n\\n"``.

    Examples
    --------
    >>> html_to_text("<html><head><title>t</title><script>x()</script></head><body>"
    ...              "<h1>南湖实验室</h1><p>位于 <b>嘉兴</b>\\n市。</p></body></html>")
    '南湖实验室\\n\\n位于 嘉兴市。'
    """
    return _PARAGRAPH.join(_paragraphs(_parse(markup).pieces))


def looks_like_html(text: str) -> bool:
    """True if ``text`` starts with a tag and has an HTML element in it.

    Examples
    --------
    >>> looks_like_html("<p>南湖实验室</p>"), looks_like_html("a<b 与 c>d")
    (True, False)
    """
    if not text.lstrip().startswith("<"):
        return False
    return _parse(text).tags > 0
