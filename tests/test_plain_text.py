"""Tests of codegen/plain_text.py (descriptions as plain docstring text) and codegen/generate/annotations.py."""

from __future__ import annotations

import pytest

from codegen.generate.annotations import none_last
from codegen.plain_text import example_text, plain_text, wrap_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Intercom's version header: a closing </br> as a line break.
        (
            "Intercom API version.</br>By default, it's equal to the version set in the app package.",
            "Intercom API version.\nBy default, it's equal to the version set in the app package.",
        ),
        ("one<br>two<br/>three<BR />four", "one\ntwo\nthree\nfour"),
        ('See <a href="https://x.io/y">the guide</a>.', "See the guide (https://x.io/y)."),
        ('<a href="https://x.io">https://x.io</a>', "https://x.io"),
        ("<p>First.</p><p>Second.</p>", "First.\n\nSecond."),
        ("Kinds:<ul><li>one</li><li>two</li></ul>Done.", "Kinds:\n\n- one\n- two\n\nDone."),
        ("Use <code>per_page</code> and <strong>only</strong> <em>that</em>.", "Use `per_page` and only that."),
        ("Tom &amp; Jerry &lt;3", "Tom & Jerry <3"),
        # Placeholders and inline code are text, not markup: kept as written.
        (
            "GET `https://api.intercom.io/articles/<id>` or /articles/<id>",
            "GET `https://api.intercom.io/articles/<id>` or /articles/<id>",
        ),
        ('To: `<attribute key="user.name"/>` <p>x</p>', 'To: `<attribute key="user.name"/>`\n\nx'),
        ("", ""),
        ("  plain text   \n\n\n\nafter  ", "plain text\n\nafter"),
    ],
)
def test_html_becomes_plain_text(text: str, expected: str) -> None:
    assert plain_text(text) == expected


def test_an_admonition_becomes_a_labelled_paragraph() -> None:
    text = (
        "Create it.\n\n"
        '{% admonition type="warning" name="Using `company_id`" %}\n'
        "  You can set it once.\n"
        "  Not later.\n"
        "{% /admonition %}\n"
        "After."
    )
    assert plain_text(text) == "Create it.\n\nWarning: Using `company_id`\nYou can set it once.\nNot later.\n\nAfter."


@pytest.mark.parametrize(
    ("kind", "label"),
    [("info", "Note"), ("warning", "Warning"), ("danger", "Warning"), ("success", "Tip"), ("odd", "Note")],
)
def test_an_unnamed_admonition_starts_with_its_label(kind: str, label: str) -> None:
    text = f'{{% admonition type="{kind}" %}}\nThird-party syncs recreate it.\n{{% /admonition %}}'
    assert plain_text(text) == f"{label}: Third-party syncs recreate it."


def test_other_markdoc_tags_and_unclosed_admonitions_go() -> None:
    assert plain_text('a {% partial file="x" /%} b {% admonition type="info" %} c') == "a  b  c"


def test_a_code_fence_becomes_a_literal_block_kept_as_written() -> None:
    text = 'Headers:\n  ```\n  Link: </contacts/{id}>; rel="canonical"\n    indented\n  ```\nAfter <br> it.'
    assert (
        plain_text(text)
        == 'Headers:\n\n::\n\n    Link: </contacts/{id}>; rel="canonical"\n      indented\n\nAfter\n it.'
    )


def test_a_fence_inside_an_admonition_stays_a_literal_block() -> None:
    text = '{% admonition type="info" name="Body" %}\n  Send:\n  ```json\n  {"a": "<p>"}\n  ```\n{% /admonition %}'
    assert plain_text(text) == 'Note: Body\nSend:\n\n::\n\n    {"a": "<p>"}'


def test_plain_text_accepts_any_value() -> None:
    assert plain_text(12) == "12"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<p>Hi <b>there</b></p>", "``<p>Hi <b>there</b></p>``"),
        ("<html>\n  <body>x</body>\n</html>", "``<html> <body>x</body> </html>``"),
        ("plain `value`", "plain `value`"),
        ([493881], "[493881]"),
        ("a < b", "a < b"),
    ],
)
def test_an_example_with_markup_becomes_inline_code(value: object, expected: str) -> None:
    assert example_text(value) == expected


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        ("None | str", "str | None"),
        ("list[None | Ticket] | None", "list[Ticket | None] | None"),
        ("list[int] | None | Unset", "list[int] | Unset | None"),
        ("dict[str, None | list[None | int]]", "dict[str, list[int | None] | None]"),
        ("Contact", "Contact"),
    ],
)
def test_none_last(annotation: str, expected: str) -> None:
    assert none_last(annotation) == expected


def test_wrap_text_wraps_prose_and_leaves_literal_blocks_whole() -> None:
    code = '    {"errors": [{"code": "contact_merged", "message": "This contact has been merged."}]}'
    text = "A long sentence of prose that goes on.\n\nBody::\n\n" + code + "\n\none more line of prose here"
    assert wrap_text(text, 20) == (
        "A long sentence of\nprose that goes on.\n\nBody::\n\n" + code + "\n\none more line of\nprose here"
    )


def test_wrap_text_wraps_like_jinjas_wordwrap() -> None:
    import jinja2

    text = "word " * 40 + "\n\nhyphen-ated-long-word-" * 5 + "\n" + "x" * 150
    assert wrap_text(text, 37) == jinja2.Environment().from_string("{{ t | wordwrap(37) }}").render(t=text)
