"""What a server sends into a status error's message stays bounded, one line, and free of the token.

Found by a review of the error text: an HTML page with an empty tag (``< >``) raised a bare
``IndexError`` while the error was built; a redirect's message showed the request path raw (the
token in a path, a 3,000-character path); the error list and request id of an Intercom error body went
into ``str(e)`` at any length, newlines included.
"""

from __future__ import annotations

import httpx

from intercom_client import APIStatusError, RedirectError
from intercom_client._exceptions import error_for_response

TOKEN = "tok_secret_0123456789abcdef"


def _error(status: int, path: str = "/contacts/1", **kwargs: object) -> APIStatusError:
    request = httpx.Request("GET", f"https://api.intercom.io{path}")
    return error_for_response(httpx.Response(status, request=request, **kwargs), redact=(TOKEN,))  # type: ignore[arg-type]


def test_an_html_page_with_an_empty_tag_is_a_typed_error() -> None:
    for page in ("<html>< >bad gateway</html>", "<\n>oops", "<html>İİİİ<script>hidden</script> shown"):
        error = _error(502, text=page, headers={"content-type": "text/html"})
        assert isinstance(error, APIStatusError)
        assert "hidden" not in str(error)


def test_a_redirect_message_shows_the_path_scrubbed_and_cut() -> None:
    error = _error(302, path=f"/contacts/{TOKEN}/" + "a" * 3000, headers={"location": "/" + "b" * 3000})
    assert isinstance(error, RedirectError)
    assert TOKEN not in str(error)
    assert len(str(error)) < 1000


def test_the_error_list_and_request_id_are_one_bounded_line() -> None:
    errors = [{"code": "bad", "message": "line one\nline two " + "x" * 100_000}] * 5
    error = _error(400, json={"type": "error.list", "request_id": "r" * 100_000, "errors": errors})
    text = str(error)
    assert "\n" not in text and len(text) < 3000
    assert "[request_id=rrr" in text


def test_errors_with_keyword_arguments_survive_pickling() -> None:
    # A process pool or Celery sends an exception back pickled: unpickling called the class with the message
    # alone, which these refused with a bare TypeError.
    import pickle

    from intercom_client import RequestBodyError, ResponseTooLargeError
    from intercom_client._exceptions import AttributeNotFoundError

    errors = [
        ResponseTooLargeError(limit=10, option="max_response_bytes", method="GET", path="/contacts", status=200),
        RequestBodyError("Contact has no field 'emial'", model="Contact", field="emial"),
        AttributeNotFoundError("ContactCustomAttributes", "plna", ["plan"]),
    ]
    for error in errors:
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error) and vars(back) == vars(error)
