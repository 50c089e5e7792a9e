#!/usr/bin/env python3
"""Smoke check of an installed or vendored copy of the SDK, run in its own interpreter.

    smoke_check.py [PACKAGE]      (default: intercom_client; e.g. acme._vendor.intercom)

Imports PACKAGE, checks its version and spec pin, builds an AsyncIntercom per region, decodes a
model, and calls two generated operations (tags.list, and tags.retrieve answering 404) against an HTTP
server it starts on 127.0.0.1. Uses the standard library and PACKAGE only, talks to nothing but
127.0.0.1, and stops by itself. Prints ``smoke module: <file>`` then ``smoke ok: <PACKAGE> <version>``;
exits non-zero (with the reason on stderr) on any failure.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

EXPECTED_BASE_URLS = {
    "us": "https://api.intercom.io",
    "eu": "https://api.eu.intercom.io",
    "au": "https://api.au.intercom.io",
}
TOKEN = "smoke-token-not-a-secret"
TAGS_BODY = {"data": [{"type": "tag", "id": "17", "name": "smoke"}]}  # "type" left out: its enum varies by spec
NOT_FOUND_BODY = {
    "type": "error.list",
    "request_id": "smoke-request",
    "errors": [{"code": "not_found", "message": "Resource Not Found"}],
}
MAX_REQUESTS = 10  # the server answers at most this many, then every later one gets a 503


def check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


class _Handler(BaseHTTPRequestHandler):
    seen: list[dict[str, str]]  # set on the per-server subclass

    def do_GET(self) -> None:
        self.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        if len(self.seen) > MAX_REQUESTS:
            self._answer(503, {"type": "error.list", "errors": [{"code": "too_many", "message": "smoke limit"}]})
        elif self.path == "/tags":
            self._answer(200, TAGS_BODY)
        else:
            self._answer(404, NOT_FOUND_BODY)

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def start_server() -> tuple[ThreadingHTTPServer, list[dict[str, str]]]:
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_Handler,), {"seen": seen, "timeout": 10})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, seen


async def exercise(pkg: Any, base_url: str) -> Any:
    for region, expected in EXPECTED_BASE_URLS.items():
        client = pkg.AsyncIntercom(token=TOKEN, region=region)
        check(client.base_url == expected, f"region {region}: base_url {client.base_url!r} != {expected!r}")
        await client.aclose()

    async with pkg.AsyncIntercom(token=TOKEN, base_url=base_url, max_retries=0, timeout=10) as client:
        tags = await client.tags.list()
        try:
            await client.tags.retrieve("missing")
        except pkg.NotFoundError as exc:
            not_found = exc
        else:
            raise AssertionError("tags.retrieve on a 404 did not raise NotFoundError")
    return tags, not_found


def run(package: str) -> str:
    pkg = importlib.import_module(package)
    version = pkg.__version__
    check(
        isinstance(version, str) and re.fullmatch(r"\d+\.\d+\.\d+\S*", version) is not None,
        f"bad __version__ {version!r}",
    )
    # "unpinned": regenerated from a local spec file (make regenerate SPEC=path), whose commit is not known
    check(re.fullmatch(r"[0-9a-f]{40}|unpinned", pkg.SPEC_COMMIT) is not None, f"bad SPEC_COMMIT {pkg.SPEC_COMMIT!r}")
    check(bool(pkg.API_VERSION), "empty API_VERSION")
    user_agent = importlib.import_module(f"{package}.generated.client").USER_AGENT
    check(
        version in user_agent and pkg.SPEC_COMMIT[:12] in user_agent, f"User-Agent lacks version/spec: {user_agent!r}"
    )

    # A model, found through the lazy module __getattr__, decoded from the package's own copy.
    models = importlib.import_module(f"{package}.generated.models")
    tag_cls = models.Tag
    check(tag_cls.__module__ == f"{package}.generated.models.tag", f"Tag comes from {tag_cls.__module__}")
    check(importlib.import_module(f"{package}.models").Tag is tag_cls, "models.Tag is not generated.models.Tag")
    tag = tag_cls.from_dict({"type": "tag", "id": "5", "name": "vip", "surprise": 1})
    check((tag.id, tag.name, tag.additional_properties) == ("5", "vip", {"surprise": 1}), f"decoded {tag!r}")
    check(tag.to_dict() == {"type": "tag", "id": "5", "name": "vip", "surprise": 1}, f"to_dict {tag.to_dict()!r}")
    odd = tag_cls.from_dict({"type": "tag", "id": "6", "name": {"not": "a string"}})
    issues = [(issue.path, issue.reason.split(",")[0]) for issue in pkg.decoding_issues(odd)]
    check(odd.name == {"not": "a string"}, f"the odd value was not kept as received: {odd.name!r}")
    check(issues == [(("name",), "expected string")], f"the odd value was not reported: {issues!r}")

    server, seen = start_server()
    try:
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
        tags, not_found = asyncio.run(asyncio.wait_for(exercise(pkg, base_url), timeout=30))
    finally:
        server.shutdown()
        server.server_close()
    # The list model's name depends on the generator (Tags, TagList ...); its module and items do not.
    check(type(tags).__module__.startswith(f"{package}.generated.models."), f"tags.list returned {type(tags)!r}")
    check([type(t) for t in tags.data] == [tag_cls], f"tags.list items {tags.data!r}")
    check([(t.id, t.name) for t in tags.data] == [("17", "smoke")], f"tags.list decoded {tags!r}")
    check(not_found.status_code == 404, f"NotFoundError status {not_found.status_code}")
    check([r["path"] for r in seen] == ["/tags", "/tags/missing"], f"server saw {[r['path'] for r in seen]}")
    first = seen[0]
    check(first.get("authorization") == f"Bearer {TOKEN}", "the token was not sent as a bearer token")
    check(first.get("user-agent") == user_agent, f"User-Agent header {first.get('user-agent')!r}")
    check(
        first.get("intercom-version") == pkg.API_VERSION, f"Intercom-Version header {first.get('intercom-version')!r}"
    )
    return str(version)


def main(argv: list[str]) -> int:
    package = argv[1] if len(argv) > 1 else "intercom_client"
    # Only 127.0.0.1 is ever contacted; make sure no proxy from the environment gets in the way.
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = ",".join(
        filter(None, [os.environ.get("NO_PROXY", ""), "127.0.0.1", "localhost"])
    )
    try:
        version = run(package)
    except Exception as exc:  # report any failure as one line plus the traceback
        import traceback

        traceback.print_exc()
        print(f"smoke FAILED: {package}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"smoke module: {sys.modules[package].__file__}")
    print(f"smoke ok: {package} {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
