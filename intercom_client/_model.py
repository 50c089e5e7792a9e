"""The base of every generated model: each field declared once, everything per field derived from that.

A generated model is an attrs class (its annotations and docstring) deriving from :class:`Model`; its
module ends with one table that says, per field, how its JSON value is decoded::

    received_fields(
        Contact,
        id=Field(check_str, required=True),
        type_=Field(check_str, json="type", required=True, const="contact"),
        email=check_str,
        location=ModelRef(models, "ContactLocation"),
        tags=list_of(ModelRef(models, "Tag")),
    )

A field is its decoder alone (see the ``check_*``/``parse_*`` helpers of ``_decoding.py``, a model's
``from_dict`` or a :class:`ModelRef` to it, :func:`list_of`, :func:`one_of`), or a :class:`Field` when its JSON name is not its
attribute name, when it admits neither absence nor null (``required``), or when it can have one value
only (``const``, which tells union variants apart). ``additional_properties=`` gives the decoder of
fields the model does not declare, when the spec types them. :func:`received_fields` declares a model
only ever received (an absent field reads ``None``; nested values are decoded on first read, see
``LazyField``); :func:`sent_fields` one that is sent (an absent field reads ``UNSET``, so that "leave it
out" and "send null" differ).

The models a table refers to are named by :class:`ModelRef` (the package that has them and the class's
name), not imported: a model's module is imported when a value of it is first decoded, so that using
``Contact`` imports ``Contact`` alone, not the 16 models a contact may hold.

The table is read once, when the model's module is imported, into what ``from_dict``, ``to_dict``,
the decoding slow path (``decode_leniently``), :func:`~intercom_client.decoding_issues`, request bodies
given as dicts and union decoding need (:class:`_Plan`, ``_field_table()``, ``_known_fields``,
``_discriminator``); nothing of it is rebuilt per call or per instance.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import partial
from itertools import islice
from operator import itemgetter
from types import MethodType, ModuleType
from typing import Any, ClassVar, Final, NamedTuple, Self, cast

import attrs

from ._decoding import (
    _KEEP_ERRORS,
    DECODE_ERRORS,
    SCALAR_CHECKS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    LazyField,
    Pending,
    WrongType,
    check_any,
    decode_leniently,
    decode_list,
    decode_variant,
    to_jsonable,
)
from ._exceptions import ResponseDecodingError

__all__ = [
    "Field",
    "FreeFormModel",
    "JSONValue",
    "Model",
    "ModelRef",
    "list_of",
    "one_of",
    "received_fields",
    "sent_fields",
]

Decoder = Callable[[Any], Any]

# Values to_dict() writes as they are (anything else goes through to_jsonable).
_PLAIN: Final = frozenset({str, int, float, bool, type(None)})
# The attributes every model has besides its declared fields.
_OWN: Final = ("additional_properties", "_decoding_issues")


class Field(NamedTuple):
    """A field of a model table that is more than its decoder (see the module docstring).

    Attributes:
        decode: Decodes the field's JSON value (never None); ``check_any`` keeps any value as it came.
        json: Its JSON name, when it is not the attribute's name (``type`` for ``type_``).
        required: The field admits neither absence nor null.
        const: The one value it can have (a discriminator, e.g. ``"contact"``), else None.
    """

    decode: Decoder
    json: str | None = None
    required: bool = False
    const: str | int | bool | None = None


class _Plan(NamedTuple):
    """What ``from_dict`` does for one class, read once from its table (attribute names, after renaming)."""

    start: dict[str, Any]  # every declared field absent, by JSON name (None for a required one)
    renamed: tuple[tuple[str, str], ...]  # (JSON name, attribute) where they differ
    required: Callable[[dict[str, Any]], tuple[Any, ...]] | None  # the required fields' values
    lazy_models: tuple[str, ...]  # a JSON object stays as it came; anything else waits (Pending)
    lazy_others: tuple[str, ...]  # arrays and unions wait (Pending), decoded on first read
    eager: tuple[tuple[str, Decoder], ...]  # decoded now (dates, UUIDs; everything nested in a sent model)
    decode_extra: Decoder | None  # for fields the model does not declare, when the spec types them
    absent: Any  # what an absent field reads as: None (received) or UNSET (sent)


class Model:
    """The base of every generated model: ``from_dict``, ``to_dict`` and the field table, from one declaration.

    Subclasses are attrs classes (not slotted: ``from_dict`` sets an instance's attributes as one
    dict). Their module declares their fields with :func:`received_fields` or :func:`sent_fields`.
    """

    additional_properties: dict[str, Any]
    # What an instance that kept nothing as received reads (from_dict does not store it).
    _decoding_issues: tuple[DecodingIssue, ...] = ()
    _plan: ClassVar[_Plan]
    _encoding: ClassVar[tuple[tuple[tuple[str, str], ...], tuple[str, ...], Any, bool]]
    _fields: ClassVar[tuple[FieldSpec, ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = frozenset()
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        start, renamed, required, lazy_models, lazy_others, eager, decode_extra, absent = cls._plan
        data = src_dict
        if data.__class__ is not dict:
            if not isinstance(data, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(data).__name__}", model=cls.__name__)
            data = dict(data)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of that
        # shape is one memory copy), then what came, then only the fields that need work. When no key
        # was added, every key that came is a declared field's JSON name.
        state = start.copy()
        state.update(data)
        try:
            if len(state) == len(start):
                state["additional_properties"] = {}
            else:
                if start:  # the keys added come after the declared ones, in the order they came
                    extra = {key: state.pop(key) for key in tuple(islice(state, len(start), None))}
                else:  # a model that declares no field: all of it is additional
                    extra, state = state, {}
                state["additional_properties"] = extra
                if decode_extra is not None:
                    for key, value in extra.items():
                        extra[key] = decode_extra(value)
            if renamed:
                for json_name, attribute in renamed:
                    state[attribute] = state.pop(json_name)
            if required is not None and None in required(state):  # absent or null
                raise WrongType("a value", None)
            if lazy_models:
                for attribute in lazy_models:
                    value = state[attribute]
                    if value is not None and value.__class__ is not dict:
                        state[attribute] = Pending(value)
            if lazy_others:
                for attribute in lazy_others:
                    value = state[attribute]
                    if value is not None:
                        state[attribute] = Pending(value)
            if eager:
                for attribute, decode in eager:
                    value = state[attribute]
                    if value is not None and value is not UNSET:
                        state[attribute] = decode(value)
        except DECODE_ERRORS:
            return decode_leniently(cls, data, absent, decode_extra)
        instance = _new_instance(cls)
        instance.__dict__ = state
        return instance

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: the additional fields, then the declared ones that are set."""
        encoding, lazy, absent, typed_extra = self._encoding
        if typed_extra:
            result = {key: to_jsonable(value) for key, value in self.additional_properties.items()}
        else:
            result = dict(self.additional_properties)
        for attribute in lazy:  # decoded in place on first read
            getattr(self, attribute)
        state = self.__dict__
        for attribute, json_name in encoding:
            value = state[attribute]
            if value is not absent:
                result[json_name] = value if value.__class__ in _PLAIN else to_jsonable(value)
        return result

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return cls._fields


_new_instance = object.__new__
_FROM_DICT: Final = Model.__dict__["from_dict"].__func__


def received_fields(cls: type[Model], /, **fields: Decoder | Field) -> None:
    """Declare the fields of ``cls``, a model only ever received (see the module docstring)."""
    _declare(cls, None, fields)


def sent_fields(cls: type[Model], /, **fields: Decoder | Field) -> None:
    """Declare the fields of ``cls``, a model that is sent (see the module docstring)."""
    _declare(cls, UNSET, fields)


class ModelRef:
    """The decoder of a model named but not yet imported: the model's ``from_dict``, importing it on first use.

    ``package`` is the package that holds the model (the generated models package, which imports a
    model's module when the name is first read from it); ``name`` is the class's name.
    """

    __slots__ = ("_decode", "_name", "_package")

    def __init__(self, package: ModuleType, name: str) -> None:
        self._package = package
        self._name = name
        self._decode: Decoder | None = None

    @property
    def model(self) -> type[Model]:
        """The model class (its module is imported by the first use)."""
        model: type[Model] = getattr(self._package, self._name)
        return model

    def __call__(self, data: Any) -> Any:
        decode = self._decode
        if decode is None:
            decode = self._decode = self.model.from_dict
        return decode(data)

    def __repr__(self) -> str:
        return f"ModelRef({self._name})"


JSONValue = str | int | float | bool | list[Any] | dict[str, Any] | None
"""A JSON value as received: the value type of a free-form map (``contact.custom_attributes["plan"]``)."""


class FreeFormModel(Model):
    """A free-form JSON map the spec declares no field of (``custom_attributes``, ``metadata``), read by key.

    ``contact.custom_attributes["plan"]`` is the value as received, a :data:`JSONValue` (Intercom's custom
    attributes are strings, numbers, booleans or null: narrow it with ``isinstance``); a key the map does
    not have raises :class:`~intercom_client.AttributeNotFoundError` (a ``KeyError``) naming it; ``get``,
    ``in``, ``keys()`` and ``items()`` work as on a dict. The map itself is ``additional_properties``.
    """

    def __getitem__(self, key: str) -> JSONValue:
        try:
            value: JSONValue = self.additional_properties[key]
        except KeyError:
            from ._exceptions import AttributeNotFoundError

            raise AttributeNotFoundError(type(self).__name__, key, sorted(self.additional_properties)) from None
        return value

    def get(self, key: str, default: JSONValue = None) -> JSONValue:
        """The value of ``key``, or ``default`` when the map has no such key."""
        value: JSONValue = self.additional_properties.get(key, default)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:  # else Python iterates by asking for keys 0, 1, 2 ...
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> list[str]:
        """The keys, in the order received."""
        return list(self.additional_properties)

    def items(self) -> list[tuple[str, JSONValue]]:
        """The (key, value) pairs, in the order received."""
        return list(self.additional_properties.items())


def list_of(item: Decoder) -> Decoder:
    """The decoder of a JSON array whose elements ``item`` decodes (elements that do not fit are kept)."""
    return partial(_decode_list, item)


def one_of(*variants: Decoder) -> Decoder:
    """The decoder of a union: the first variant that decodes the value, tried in order.

    When two variants or more are models, a JSON object is first decoded as the model it most likely is
    (``decode_variant``: its discriminator, else the fields it shares). The last variant's error, if all
    fail, is the union's.
    """
    if not variants:
        return check_any
    return _Union(variants)


def _decode_list(item: Decoder, data: Any) -> list[Any]:
    return decode_list(data, item)


class _Union:
    """The decoder :func:`one_of` makes: its variants, and (found on first use) the models among them."""

    __slots__ = ("_models", "last", "others")

    def __init__(self, variants: tuple[Decoder, ...]) -> None:
        self.others = variants[:-1]
        self.last = variants[-1]
        self._models: tuple[type[Model], ...] | None = None  # not before the first use: a ModelRef imports

    def __call__(self, data: Any) -> Any:
        models = self._models
        if models is None:
            found = tuple(model for model in map(_model_of, (*self.others, self.last)) if model is not None)
            models = self._models = found if len(found) > 1 else ()
        if models and data.__class__ is dict:
            try:
                return decode_variant(data, models)
            except _KEEP_ERRORS:
                pass
        for variant in self.others:
            try:
                return variant(data)
            except _KEEP_ERRORS:
                pass
        return self.last(data)


def _model_of(decode: Any) -> type[Model] | None:
    """The model whose ``from_dict`` ``decode`` is (or names), else None."""
    if decode.__class__ is ModelRef:
        return decode.model
    if isinstance(decode, MethodType) and decode.__func__ is _FROM_DICT:
        model = decode.__self__
        if isinstance(model, type) and issubclass(model, Model):
            return model
    return None


# What from_dict does with a field on its fast path, by its decoder.
_KEEP, _MODEL, _NESTED, _EAGER = "keep", "model", "nested", "eager"
_SCALARS: Final = SCALAR_CHECKS | {check_any}


def _treatment(decode: Decoder | None) -> str:
    """Scalars are stored as they came (decoding_issues checks them); nested values are decoded on
    first read in a received model; anything else is decoded on the fast path."""
    if decode is None or decode in _SCALARS:
        return _KEEP
    if isinstance(decode, _Union):
        return _KEEP if all(variant in _SCALARS for variant in (*decode.others, decode.last)) else _NESTED
    if isinstance(decode, partial) and decode.func is _decode_list:
        return _NESTED
    if decode.__class__ is ModelRef:  # a model, without importing it now
        return _MODEL
    return _MODEL if _model_of(decode) is not None else _EAGER


def _declare(cls: type[Model], absent: Any, fields: dict[str, Decoder | Field]) -> None:
    """Read the table of ``cls`` into its plan, field table and lazy fields (once, at import)."""
    extra = fields.pop("additional_properties", None)
    decode_extra = extra.decode if isinstance(extra, Field) else extra
    declared = [field.name for field in attrs.fields(cast(Any, cls)) if field.name not in _OWN]
    if sorted(declared) != sorted(fields):
        raise TypeError(f"{cls.__name__}: the field table names {sorted(fields)}, the class {sorted(declared)}")
    received = absent is None
    specs: list[FieldSpec] = []
    start: dict[str, Any] = {}
    renamed: list[tuple[str, str]] = []
    required: list[str] = []
    lazy_models: list[str] = []
    lazy_others: list[str] = []
    eager: list[tuple[str, Decoder]] = []
    discriminator: list[tuple[str, Any]] = []
    for attribute, entry in fields.items():
        field = entry if isinstance(entry, Field) else Field(entry)
        json_name = field.json or attribute
        decode = None if field.decode is check_any else field.decode
        specs.append(FieldSpec(json_name, attribute, decode, field.required))
        start[json_name] = None if field.required else absent
        if json_name != attribute:
            renamed.append((json_name, attribute))
        if field.required:
            required.append(attribute)
        if field.const is not None:
            discriminator.append((json_name, field.const))
        treatment = _treatment(decode)
        if decode is None or treatment == _KEEP:
            continue
        if received and treatment in (_MODEL, _NESTED):
            (lazy_models if treatment == _MODEL else lazy_others).append(attribute)
            setattr(cls, attribute, LazyField(attribute, json_name, decode))
        else:
            eager.append((attribute, decode))
    clashes = ({attribute for _, attribute in renamed} | set(_OWN)) & start.keys()
    if clashes:  # from_dict moves a renamed field's value to its attribute, in the same dict
        raise TypeError(f"{cls.__name__}: attribute names that are also JSON names: {sorted(clashes)}")
    # itemgetter of one name returns the value itself: name it twice to get a tuple.
    values_of: Callable[[dict[str, Any]], tuple[Any, ...]] | None = (
        None if not required else itemgetter(*required, *required) if len(required) == 1 else itemgetter(*required)
    )
    cls._plan = _Plan(
        start,
        tuple(renamed),
        values_of,
        tuple(lazy_models),
        tuple(lazy_others),
        tuple(eager),
        None if decode_extra is None else partial(_decode_extra, decode_extra),
        absent,
    )
    encoding = tuple((spec.attribute, spec.json_name) for spec in specs)
    cls._encoding = (encoding, (*lazy_models, *lazy_others), absent, decode_extra is not None)
    cls._fields = tuple(specs)
    cls._known_fields = frozenset(start)
    cls._discriminator = tuple(discriminator)


def _decode_extra(decode: Decoder, value: Any) -> Any:
    return None if value is None else decode(value)
