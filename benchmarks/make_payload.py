#!/usr/bin/env python3
"""Deterministic, realistic Intercom contact payloads for the benchmarks.

    make_payload.py [--out DIR] [--count 150] [--seed 20240601]

Writes ``contact.json`` (one contact, what ``GET /contacts/{id}`` answers) and ``contacts_page.json``
(a ``contact_list`` page of 150 contacts, what ``GET /contacts`` answers, about 400 KB) into DIR
(default: benchmarks/results/payloads). The shape follows the spec's ``contact`` and ``contact_list``
schemas (components/schemas/contact in intercom-preview.yaml) and what the live API sends beside them:
every field present, ``null`` where the API sends null for an unset value, timestamps as integer
Unix seconds, ``tags``/``notes``/``companies``/subscription types as list objects with
data/url/total_count/has_more, and ``location`` with ``country_code``/``continent_code``.
The same seed always gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

DEFAULT_SEED = 20240601
DEFAULT_COUNT = 150
CONTACT_ID = "6762f0d01bb69f9f2193bb7d"
WORKSPACE_ID = "ecahpwf5"

_FIRST = ["Aoife", "Ben", "Chiara", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Ivan", "Jia", "Kwame", "Lena"]
_LAST = ["Murphy", "Okafor", "Rossi", "Schmidt", "Tanaka", "Nguyen", "Silva", "Kowalski", "Haddad", "Larsen"]
_DOMAINS = ["example.com", "acme.io", "initech.co", "globex.net", "umbrella.org", "hooli.xyz"]
_PLACES = [
    ("Ireland", "Leinster", "Dublin", "IRL", "EU"),
    ("United States", "California", "San Francisco", "USA", "NA"),
    ("Germany", "Berlin", "Berlin", "DEU", "EU"),
    ("Japan", "Tokyo", "Tokyo", "JPN", "AS"),
    ("Brazil", "Sao Paulo", "Sao Paulo", "BRA", "SA"),
    ("Australia", "New South Wales", "Sydney", "AUS", "OC"),
    ("Nigeria", "Lagos", "Lagos", "NGA", "AF"),
]
_BROWSERS = [("chrome", "124.0.6367.91"), ("firefox", "125.0.2"), ("safari", "17.4.1"), ("edge", "124.0.2478.67")]
_OSES = ["OS X 14.4.1", "Windows 10", "Linux", "iOS 17.4", "Android 14"]
_PLANS = ["free", "starter", "pro", "enterprise"]
_TAGS = ["vip", "beta-tester", "churn-risk", "newsletter", "trial", "partner", "support-priority"]
_SOCIAL = [
    ("Twitter", "https://twitter.com/"),
    ("LinkedIn", "https://www.linkedin.com/in/"),
    ("GitHub", "https://github.com/"),
]
_BASE_TIME = 1_700_000_000


def _hex_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(96):024x}"


def _list_object(contact_id: str, kind: str, items: list[dict[str, Any]], total: int | None = None) -> dict[str, Any]:
    total = len(items) if total is None else total
    return {
        "type": "list",
        "data": items,
        "url": f"/contacts/{contact_id}/{kind}",
        "total_count": total,
        "has_more": total > len(items),
    }


def make_contact(rng: random.Random, index: int, contact_id: str | None = None) -> dict[str, Any]:
    """One contact as the API sends it, drawn from ``rng``."""
    cid = contact_id or _hex_id(rng)
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    domain = rng.choice(_DOMAINS)
    email = f"{first.lower()}.{last.lower()}{index}@{domain}"
    is_user = rng.random() < 0.8
    created = _BASE_TIME + rng.randrange(0, 30_000_000)
    updated = created + rng.randrange(0, 3_000_000)
    seen = rng.random() < 0.85
    browser, browser_version = rng.choice(_BROWSERS)
    country, region, city, country_code, continent = rng.choice(_PLACES)
    mobile_ios = rng.random() < 0.15
    mobile_android = rng.random() < 0.15

    def maybe_time(p: float) -> int | None:
        return created + rng.randrange(0, 4_000_000) if rng.random() < p else None

    tags = [
        {"type": "tag", "id": str(rng.randrange(1_000_000, 9_999_999)), "url": f"/tags/{rng.randrange(10**6, 10**7)}"}
        for _ in range(rng.randrange(0, 4))
    ]
    notes = [
        {"type": "note", "id": str(rng.randrange(10**7, 10**8)), "url": f"/notes/{rng.randrange(10**7, 10**8)}"}
        for _ in range(rng.randrange(0, 3))
    ]
    companies = [
        {"type": "company", "id": _hex_id(rng), "url": f"/companies/{_hex_id(rng)}"} for _ in range(rng.randrange(0, 3))
    ]
    subscriptions = [
        {"type": "subscription", "id": str(rng.randrange(100, 999)), "url": f"/subscriptions/{rng.randrange(100, 999)}"}
        for _ in range(rng.randrange(0, 2))
    ]
    social = [
        {"type": "social_profile", "name": name, "url": f"{base}{first.lower()}{last.lower()}{index}"}
        for name, base in rng.sample(_SOCIAL, rng.randrange(0, 3))
    ]
    custom_attributes: dict[str, Any] = {
        "plan": rng.choice(_PLANS),
        "monthly_spend": round(rng.uniform(0, 5000), 2),
        "seats": rng.randrange(1, 500),
        "paid_subscriber": rng.random() < 0.5,
        "signup_source": rng.choice(["web", "ios", "android", "api", "import"]),
        "account_manager": rng.choice([None, f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"]),
        "last_invoice_at": maybe_time(0.6),
        "nps_score": rng.choice([None, *range(0, 11)]),
        "feature_flags": ",".join(rng.sample(["sso", "audit_log", "api_v2", "beta_ui", "exports"], 2)),
        "referral_code": f"REF-{rng.getrandbits(32):08X}",
        "onboarding_step": rng.randrange(0, 8),
        "company_size": rng.choice(["1-10", "11-50", "51-200", "201-1000", "1000+"]),
    }
    tag_total = len(tags) + (rng.randrange(1, 5) if rng.random() < 0.1 else 0)
    return {
        "type": "contact",
        "id": cid,
        "workspace_id": WORKSPACE_ID,
        "external_id": f"user-{rng.randrange(10**5, 10**6)}" if is_user else None,
        "role": "user" if is_user else "lead",
        "email": email,
        "email_domain": domain,
        "phone": f"+353{rng.randrange(10**8, 10**9)}" if rng.random() < 0.4 else None,
        "formatted_phone": None,
        "name": f"{first} {last}",
        "avatar": {"type": "avatar", "image_url": f"https://static.intercomassets.com/avatars/{cid}/square_128.jpg"}
        if rng.random() < 0.3
        else None,
        "owner_id": str(rng.randrange(10**6, 10**7)) if rng.random() < 0.4 else None,
        "social_profiles": {"type": "list", "data": social},
        "has_hard_bounced": rng.random() < 0.02,
        "marked_email_as_spam": rng.random() < 0.01,
        "unsubscribed_from_emails": rng.random() < 0.1,
        "created_at": created,
        "updated_at": updated,
        "signed_up_at": created if is_user else None,
        "last_seen_at": maybe_time(0.85) if seen else None,
        "last_replied_at": maybe_time(0.4),
        "last_contacted_at": maybe_time(0.5),
        "last_email_opened_at": maybe_time(0.5),
        "last_email_clicked_at": maybe_time(0.2),
        "language_override": rng.choice([None, None, None, "en", "de", "fr"]),
        "browser": browser if seen else None,
        "browser_version": browser_version if seen else None,
        "browser_language": rng.choice(["en-US", "en-GB", "de-DE", "ja-JP"]) if seen else None,
        "os": rng.choice(_OSES) if seen else None,
        "location": {
            "type": "location",
            "country": country,
            "region": region,
            "city": city,
            "country_code": country_code,
            "continent_code": continent,
        },
        "android_app_name": "Acme" if mobile_android else None,
        "android_app_version": "5.2.1" if mobile_android else None,
        "android_device": "Pixel 8" if mobile_android else None,
        "android_os_version": "14" if mobile_android else None,
        "android_sdk_version": "15.5.0" if mobile_android else None,
        "android_last_seen_at": maybe_time(1.0) if mobile_android else None,
        "ios_app_name": "Acme" if mobile_ios else None,
        "ios_app_version": "5.2.0" if mobile_ios else None,
        "ios_device": "iPhone 15" if mobile_ios else None,
        "ios_os_version": "17.4" if mobile_ios else None,
        "ios_sdk_version": "17.2.0" if mobile_ios else None,
        "ios_last_seen_at": maybe_time(1.0) if mobile_ios else None,
        "custom_attributes": custom_attributes,
        "tags": _list_object(cid, "tags", tags, tag_total),
        "notes": _list_object(cid, "notes", notes),
        "companies": _list_object(cid, "companies", companies),
        "opted_out_subscription_types": _list_object(cid, "subscriptions", []),
        "opted_in_subscription_types": _list_object(cid, "subscriptions", subscriptions),
        "utm_campaign": rng.choice([None, None, "spring_launch"]),
        "utm_content": None,
        "utm_medium": rng.choice([None, None, "email", "cpc"]),
        "utm_source": rng.choice([None, None, "newsletter", "google"]),
        "utm_term": None,
        "referrer": rng.choice([None, "https://www.google.com/", "https://news.ycombinator.com/"]),
        "enabled_push_messaging": rng.choice([None, True, False]) if (mobile_ios or mobile_android) else None,
    }


def make_page(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """A ``contact_list`` page of ``count`` contacts (first page of a longer list)."""
    rng = random.Random(seed)
    data = [make_contact(rng, i) for i in range(count)]
    total = count * 20
    return {
        "type": "list",
        "data": data,
        "total_count": total,
        "pages": {
            "type": "pages",
            "next": {"page": 2, "starting_after": "WzE3MTYzODg4NDcwMDAsIjY2NGQ3MmRhIl0="},
            "page": 1,
            "per_page": count,
            "total_pages": total // count,
        },
    }


def make_single(seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """The contact ``GET /contacts/{CONTACT_ID}`` answers."""
    return make_contact(random.Random(seed + 1), 0, contact_id=CONTACT_ID)


def encode(obj: Any) -> bytes:
    """Compact JSON, as the API sends it."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def payloads(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> tuple[bytes, bytes]:
    """(single contact, contact page) as JSON bytes."""
    return encode(make_single(seed)), encode(make_page(count, seed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "payloads")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    single, page = payloads(args.count, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "contact.json").write_bytes(single)
    (args.out / "contacts_page.json").write_bytes(page)
    print(f"contact.json: {len(single):,} bytes; contacts_page.json: {len(page):,} bytes ({args.count} contacts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
