# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

LinkedObjectCategoryType3Type1 = Literal["Back-office", "Customer", "Tracker"]
