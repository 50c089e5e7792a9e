"""Generic, rule-based fixes that make Intercom's OpenAPI description digestible by openapi-python-client.

Every rule is documented in openapi/README.md; ``normalize(spec)`` returns the fixed copy and the
number of times each rule fired.
"""

from .core import HAND_PATCHES, RULES, Rule, normalize
from .io import dump_spec, load_spec

__all__ = ["HAND_PATCHES", "RULES", "Rule", "dump_spec", "load_spec", "normalize"]
