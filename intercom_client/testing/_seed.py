"""Seeding and reading the fake's objects, typed with the SDK's models (``fake.contacts.add(...) -> Contact``).

Seeds obey the API's rules (a duplicate email is refused with ``FakeIntercomError``) but make no
webhook notifications: only changes made through the API do.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._state import Obj, State
from ._wire import FakeIntercomError, Refusal

if TYPE_CHECKING:
    import threading

    from ..generated.models import Contact

__all__ = ["Seeds"]

M = TypeVar("M")


class _Kind(Generic[M]):
    """The objects of one kind: ``get``, ``all``, ``len``, ``in``."""

    kind = ""

    def __init__(self, state: State, lock: threading.RLock) -> None:
        self._state = state
        self._lock = lock

    def _decode(self, obj: Obj) -> M:
        raise NotImplementedError

    def _create(self, build: Callable[[], Obj]) -> M:
        with self._lock:
            before = len(self._state.notifications)
            try:
                obj = build()
            except Refusal as refusal:
                raise FakeIntercomError(f"cannot add to {self.kind}: {refusal.message}") from None
            finally:
                del self._state.notifications[before:]
            return self._decode(obj)

    def get(self, object_id: str) -> M:
        """The object with this id, as the API would send it; ``FakeIntercomError`` when there is none."""
        with self._lock:
            found = self._state.objects[self.kind].get(str(object_id))
            if found is None:
                raise FakeIntercomError(f"the fake has no {self.kind} with id {str(object_id)[:60]!r}")
            return self._decode(found)

    def all(self) -> list[M]:
        """Every object of this kind, oldest first."""
        with self._lock:
            return [self._decode(obj) for obj in self._state.objects[self.kind].values()]

    def __len__(self) -> int:
        return len(self._state.objects[self.kind])

    def __contains__(self, object_id: object) -> bool:
        return str(object_id) in self._state.objects[self.kind]

    def __iter__(self) -> Iterator[M]:
        return iter(self.all())


def _public(obj: Obj) -> Obj:
    return {k: _public(v) if isinstance(v, dict) else v for k, v in copy.deepcopy(obj).items() if not k.startswith("_")}


class Contacts(_Kind["Contact"]):
    """``fake.contacts``."""

    kind = "contacts"

    def _decode(self, obj: Obj) -> Contact:
        from ..generated.models import Contact

        return Contact.from_dict(_public(obj))

    def add(
        self,
        *,
        email: str | None = None,
        name: str | None = None,
        role: str = "user",
        external_id: str | None = None,
        phone: str | None = None,
        custom_attributes: dict[str, Any] | None = None,
    ) -> Contact:
        """Add a contact (as ``POST /contacts`` would) and return it."""
        from ._contacts import new_contact

        fields: dict[str, Any] = {"role": role}
        for name_, value in (("email", email), ("name", name), ("external_id", external_id), ("phone", phone)):
            if value is not None:
                fields[name_] = value
        if custom_attributes is not None:
            fields["custom_attributes"] = custom_attributes
        return self._create(lambda: new_contact(self._state, fields))


class Seeds:
    """The typed seeding attributes of ``FakeIntercom`` (mixed into it)."""

    state: State
    lock: threading.RLock

    def __init__(self) -> None:
        self.contacts = Contacts(self.state, self.lock)
