"""What the check of a JSON request body (``intercom_client/_json_body.py``) costs next to its encoding.

    python -m benchmarks.json_body_check

For three typical bodies, the best of 7 rounds of 20,000 calls: ``check_json_body`` (run on every JSON
body before it is sent) against httpx's ``encode_json`` (the encoding it precedes). No network.
"""

from __future__ import annotations

import timeit
from typing import Any

from httpx._content import encode_json

from intercom_client._json_body import check_json_body

BODIES: dict[str, Any] = {
    "contact create, 20 custom attributes": {
        "role": "user",
        "external_id": "u-123",
        "email": "ada@example.com",
        "name": "Ada Lovelace",
        "signed_up_at": 1700000000,
        "owner_id": 123,
        "unsubscribed_from_emails": False,
        "custom_attributes": {f"attr_{i}": (i, f"value {i}", i * 1.5)[i % 3] for i in range(20)},
    },
    "search query, nested filters": {
        "query": {
            "operator": "AND",
            "value": [
                {"field": "updated_at", "operator": ">", "value": 1700000000},
                {
                    "operator": "OR",
                    "value": [
                        {"field": "custom_attributes.plan", "operator": "=", "value": p} for p in ("pro", "free")
                    ],
                },
            ],
        },
        "pagination": {"per_page": 50, "starting_after": "WzE3MDAwMDAwMDAwMDAsIjEyMyJd"},
    },
    "tag 100 contacts": {"name": "vip", "users": [{"id": f"6{i:023d}"} for i in range(100)]},
}


def main() -> None:
    calls = 20_000
    for name, body in BODIES.items():
        check = min(timeit.repeat(lambda body=body: check_json_body(body), number=calls, repeat=7)) / calls
        encode = min(timeit.repeat(lambda body=body: encode_json(body), number=calls, repeat=7)) / calls
        print(f"{name}: check {check * 1e6:.2f} us, encode_json {encode * 1e6:.2f} us ({check / encode:.0%})")


if __name__ == "__main__":
    main()
