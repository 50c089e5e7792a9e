"""Every request and response model, imported on first use: ``from intercom_client.models import Contact``."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from .generated import models

    return getattr(models, name)


def __dir__() -> list[str]:
    from .generated import models

    return dir(models)
