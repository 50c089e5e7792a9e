"""The SDK's version, and the spec it was generated from (single source; no package metadata needed)."""

from .generated._spec import API_VERSION, SPEC_COMMIT

__version__ = "0.1.0"

USER_AGENT = f"intercom-client-python/{__version__} (Intercom API {API_VERSION}; spec {SPEC_COMMIT[:12]})"
