"""Intercom's descriptions as plain docstring text: no Markdoc, no HTML.

The spec's descriptions are written for Intercom's web reference: Markdoc admonitions
(``{% admonition type="warning" name="Using company_id" %}`` ... ``{% /admonition %}``), HTML line breaks
(``<br>``, ``</br>``), paragraphs, lists and links. ``plain_text`` turns one description into text a
docstring can hold; the generator applies it (the templates' ``plain_text`` filter) to every description
it writes into the generated code: operations' summaries and descriptions, parameters', schemas' and
properties'.

- an admonition becomes a paragraph starting ``Note:`` (``info``), ``Warning:`` (``warning``,
  ``danger``) or ``Tip:`` (``success``), followed by its name; its closing tag goes; any other Markdoc
  tag goes;
- ``<br>``, ``</br>``, ``<br/>`` become a line break; ``<p>``, ``<h1>``... and list tags paragraph or
  line breaks (``<li>`` a ``- `` item); ``<a href="x">t</a>`` becomes ``t (x)``; ``<code>x</code>``
  becomes ```x```; any other HTML tag goes (an entity such as ``&amp;`` becomes its character);
- a fenced code block (```` ``` ````) becomes a reST literal block (a ``::`` line, then the code indented),
  its text kept as written, and inline code (```<id>```) is kept as written: there a tag is the text
  being documented;
- runs of blank lines become one, trailing spaces go.

``wrap_text`` (the templates' ``docwrap`` filter) wraps such text for a docstring, literal blocks left whole.
"""

from __future__ import annotations

import html
import re
import textwrap

__all__ = ["example_text", "plain_text", "wrap_text"]

_FENCE = re.compile(r"^[ \t]*```[^\n]*\n(.*?)^[ \t]*```[ \t]*$", re.S | re.M)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_ADMONITION = re.compile(
    r"\{%\s*admonition\b(?P<attrs>(?:[^%]|%(?!\}))*)%\}[ \t]*\n?(?P<body>.*?)\{%\s*/admonition\s*%\}", re.S
)
_MARKDOC = re.compile(r"\{%(?:[^%]|%(?!\}))*%\}")
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_LINK = re.compile(r"<a\s[^<>]*?href\s*=\s*[\"']([^\"']*)[\"'][^<>]*>(.*?)</a\s*>", re.S | re.I)
_CODE = re.compile(r"<code\b[^<>]*>(.*?)</code\s*>", re.S | re.I)
# Real HTML elements only: ``<YOUR_TOKEN>`` or ``<resource>`` in prose are placeholders, not markup.
_ELEMENTS = (
    "a|abbr|b|blockquote|body|br|caption|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|h[1-6]|"
    "head|hr|html|i|iframe|img|ins|kbd|li|mark|ol|p|pre|s|section|small|span|strong|sub|summary|sup|"
    "table|tbody|td|tfoot|th|thead|tr|tt|u|ul|video"
)
_TAG = re.compile(rf"</?\s*(?P<name>{_ELEMENTS})\b(?:\s[^<>]*)?/?>", re.I)
_LABELS = {"info": "Note", "warning": "Warning", "danger": "Warning", "success": "Tip"}
_BREAKS = {"br": "\n", "li": "\n- ", "p": "\n\n", "div": "\n\n", "ul": "\n\n", "ol": "\n\n", "hr": "\n\n"}
_BLOCK = re.compile(r"h[1-6]|blockquote|pre|table|tr|section|details|figure")


def plain_text(text: object) -> str:
    """``text`` (a description from the spec; ``str()`` of it) without Markdoc or HTML: see the module docstring."""
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"\x00{len(kept) - 1}\x00"

    def fence(match: re.Match[str]) -> str:
        body = match.group(1).rstrip("\n")
        lines = body.splitlines()
        margin = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
        block = "\n".join(("    " + line[margin:]) if line.strip() else "" for line in lines)
        return "\n\n::\n\n" + keep(block) + "\n\n"

    text = str(text).replace("\r\n", "\n")
    text = _ADMONITION.sub(_admonition, text)
    text = _FENCE.sub(fence, text)
    text = _MARKDOC.sub("", text)
    text = _INLINE_CODE.sub(lambda m: keep(m.group(0)), text)
    text = _LINK.sub(lambda m: _link(m.group(2), m.group(1)), text)
    text = _CODE.sub(lambda m: keep(f"`{html.unescape(m.group(1))}`"), text)
    text = _TAG.sub(_tag, text)
    text = html.unescape(text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def wrap_text(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` line by line, as Jinja's ``wordwrap`` does, except literal blocks (the
    lines indented deeper than a line ending in ``::``), which are code: a wrapped line would leave it."""
    lines: list[str] = []
    literal_indent: int | None = None
    for line in str(text).splitlines():
        depth = len(line) - len(line.lstrip())
        if literal_indent is not None and (not line.strip() or depth > literal_indent):
            lines.append(line)
            continue
        literal_indent = depth if line.rstrip().endswith("::") else None
        lines.extend(textwrap.wrap(line, width=width, expand_tabs=False, replace_whitespace=False) or [""])
    return "\n".join(lines)


def example_text(value: object) -> str:
    """An example value (``str()`` of it) for a docstring: as inline code, on one line, when it holds
    markup (an HTML body such as ``<p>Hi</p>``), so that the tags read as the value they are; else as it is."""
    text = str(value)
    if _TAG.search(text) or _MARKDOC.search(text):
        return "``" + " ".join(text.replace("`", "'").split()) + "``"
    return text


def _admonition(match: re.Match[str]) -> str:
    """An admonition as a paragraph: ``Warning: <name>``, then its text, no longer indented."""
    attributes = dict(_ATTRIBUTE.findall(match.group("attrs")))
    label = _LABELS.get(attributes.get("type", "info"), "Note")
    name = attributes.get("name", "").strip()
    body = textwrap.dedent(match.group("body")).strip()
    return f"\n\n{label}: {name}\n{body}\n\n" if name else f"\n\n{label}: {body}\n\n"


def _link(label: str, href: str) -> str:
    label = _TAG.sub("", label).strip()
    return f"{label} ({href})" if label and label != href else href


def _tag(match: re.Match[str]) -> str:
    name = match.group("name").lower()
    if name in _BREAKS:
        closing = match.group(0).startswith("</")
        return "" if closing and name == "li" else ("\n" if name == "br" else _BREAKS[name])
    return "\n\n" if _BLOCK.fullmatch(name) else ""
