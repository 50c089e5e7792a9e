"""The SDK's version (single source; no package metadata needed) and the User-Agent that names it."""

__version__ = "0.1.0"


def user_agent(api_version: str, spec_commit: str) -> str:
    """The ``User-Agent`` of the SDK's requests: its version, and the spec version and commit it was generated from."""
    return f"intercom-client-python/{__version__} (Intercom API {api_version}; spec {spec_commit[:12]})"
