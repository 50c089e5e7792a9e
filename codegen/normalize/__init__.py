"""Generic, rule-based fixes that make Intercom's OpenAPI description digestible by openapi-python-client.

Every rule is documented in openapi/README.md; ``normalize(spec)`` returns the fixed copy and the
number of times each rule fired. ``python -m codegen.normalize IN OUT`` does the same on files.
"""

from .core import HAND_PATCHES, RULES, Rule, normalize, normalize_file

__all__ = ["HAND_PATCHES", "RULES", "Rule", "normalize", "normalize_file"]
