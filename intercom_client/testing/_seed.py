"""Seeding and reading the fake's objects, typed with the SDK's models (``fake.contacts.add(...) -> Contact``).

Seeds obey the API's rules (a duplicate email is refused with ``FakeIntercomError``) but make no
webhook notifications: only changes made through the API do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._state import Obj, State, public_view
from ._wire import FakeIntercomError, Refusal

if TYPE_CHECKING:
    import threading

    from ..generated.models import Admin, Company, Contact, Conversation, Segment, SubscriptionType, Tag, Team, Ticket

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


class Contacts(_Kind["Contact"]):
    """``fake.contacts``."""

    kind = "contacts"

    def _decode(self, obj: Obj) -> Contact:
        from ..generated.models import Contact

        return Contact.from_dict(public_view(obj))

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


class Admins(_Kind["Admin"]):
    """``fake.admins`` (the workspace starts with one: the token's, ``fake.me``)."""

    kind = "admins"

    def _decode(self, obj: Obj) -> Admin:
        from ..generated.models import Admin

        return Admin.from_dict(public_view(obj))

    def add(self, *, name: str, email: str) -> Admin:
        """Add a teammate."""
        from ._workspace import new_admin

        return self._create(lambda: new_admin(self._state, name=name, email=email))


class Teams(_Kind["Team"]):
    """``fake.teams``."""

    kind = "teams"

    def _decode(self, obj: Obj) -> Team:
        from ..generated.models import Team

        return Team.from_dict(public_view(obj))

    def add(self, *, name: str, admin_ids: list[str] | None = None) -> Team:
        """Add a team of these admins."""
        from ._workspace import new_team

        return self._create(lambda: new_team(self._state, name=name, admin_ids=list(admin_ids or [])))


class Tags(_Kind["Tag"]):
    """``fake.tags``."""

    kind = "tags"

    def _decode(self, obj: Obj) -> Tag:
        from ..generated.models import Tag

        return Tag.from_dict(public_view(obj))

    def add(self, name: str) -> Tag:
        """Add a tag (or get the one with this name)."""
        from ._workspace import new_tag

        return self._create(lambda: new_tag(self._state, name))


class Companies(_Kind["Company"]):
    """``fake.companies``."""

    kind = "companies"

    def _decode(self, obj: Obj) -> Company:
        from ..generated.models import Company

        return Company.from_dict(public_view(obj))

    def add(
        self,
        *,
        name: str,
        company_id: str | None = None,
        plan: str | None = None,
        custom_attributes: dict[str, Any] | None = None,
    ) -> Company:
        """Add a company (as ``POST /companies`` would)."""
        from ._workspace import new_company

        fields: dict[str, Any] = {"name": name, "company_id": company_id, "custom_attributes": custom_attributes or {}}
        if plan is not None:
            fields["plan"] = plan
        return self._create(lambda: new_company(self._state, fields))


class Conversations(_Kind["Conversation"]):
    """``fake.conversations``."""

    kind = "conversations"

    def _decode(self, obj: Obj) -> Conversation:
        from ..generated.models import Conversation

        return Conversation.from_dict(public_view(obj))

    def add(
        self, *, contact_id: str, body: str, state: str = "open", admin_assignee_id: str | None = None
    ) -> Conversation:
        """A conversation the contact started with the message ``body`` (``state``: open, closed, snoozed)."""
        from ._conversations import new_conversation

        if state not in ("open", "closed", "snoozed"):
            raise FakeIntercomError(f"state must be open, closed or snoozed, got {state!r}")

        def build() -> Obj:
            contact = self._state.get("contacts", contact_id)
            if admin_assignee_id is not None:
                self._state.get("admins", admin_assignee_id)
            return new_conversation(self._state, contact, body, state_name=state, admin_id=admin_assignee_id)

        return self._create(build)


class Tickets(_Kind["Ticket"]):
    """``fake.tickets``."""

    kind = "tickets"

    def _decode(self, obj: Obj) -> Ticket:
        from ..generated.models import Ticket

        return Ticket.from_dict(public_view(obj))

    def add(
        self, *, ticket_type_id: str, contact_ids: list[str], ticket_attributes: dict[str, Any] | None = None
    ) -> Ticket:
        """A ticket of this type for these contacts (as ``POST /tickets`` would)."""
        from ._tickets import new_ticket

        fields = {"ticket_type_id": ticket_type_id, "contacts": [{"id": i} for i in contact_ids]}
        return self._create(lambda: new_ticket(self._state, {**fields, "ticket_attributes": ticket_attributes or {}}))


class Segments(_Kind["Segment"]):
    """``fake.segments`` (Intercom makes segments in its UI: the API only reads them)."""

    kind = "segments"

    def _decode(self, obj: Obj) -> Segment:
        from ..generated.models import Segment

        return Segment.from_dict(public_view(obj))

    def add(self, name: str, *, person_type: str = "user", contact_ids: list[str] | None = None) -> Segment:
        """A segment holding these contacts."""
        from ._records import new_segment

        def build() -> Obj:
            for contact_id in contact_ids or []:
                self._state.get("contacts", contact_id)
            segment = new_segment(self._state, name, person_type)
            segment["_contact_ids"].extend(contact_ids or [])
            return segment

        return self._create(build)


class SubscriptionTypes(_Kind["SubscriptionType"]):
    """``fake.subscription_types`` (made in Intercom's UI: the API only reads and applies them)."""

    kind = "subscription_types"

    def _decode(self, obj: Obj) -> SubscriptionType:
        from ..generated.models import SubscriptionType

        return SubscriptionType.from_dict(public_view(obj))

    def add(self, name: str, *, consent_type: str = "opt_out") -> SubscriptionType:
        """A subscription type (``opt_out``: contacts are subscribed until they opt out)."""
        from ._records import new_subscription_type

        if consent_type not in ("opt_in", "opt_out"):
            raise FakeIntercomError(f"consent_type must be opt_in or opt_out, got {consent_type!r}")
        return self._create(lambda: new_subscription_type(self._state, name, consent_type))


class Seeds:
    """The typed seeding attributes of ``FakeIntercom`` (mixed into it)."""

    state: State
    lock: threading.RLock

    def __init__(self) -> None:
        self.contacts = Contacts(self.state, self.lock)
        self.companies = Companies(self.state, self.lock)
        self.conversations = Conversations(self.state, self.lock)
        self.tags = Tags(self.state, self.lock)
        self.admins = Admins(self.state, self.lock)
        self.teams = Teams(self.state, self.lock)
        self.tickets = Tickets(self.state, self.lock)
        self.segments = Segments(self.state, self.lock)
        self.subscription_types = SubscriptionTypes(self.state, self.lock)
        with self.lock:
            from ._workspace import new_admin

            self.state.me = new_admin(self.state, name="Fake Admin", email="admin@example.com")["id"]

    @property
    def me(self) -> Admin:
        """The admin the token belongs to (``GET /me``)."""
        return self.admins.get(self.state.me)
