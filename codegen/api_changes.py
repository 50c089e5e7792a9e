"""What a regeneration changed for code that uses the SDK: the public Python API of two generated packages.

    python -m codegen.api_changes OLD_GENERATED_DIR NEW_GENERATED_DIR [--heading-level N]

Both arguments are generated packages (``intercom_client/generated`` and a regenerated copy). Each is
loaded statically with griffe (nothing is imported or run) and compared object by object:

- the default ``Intercom-Version`` (``_spec.DEFAULT_API_VERSION``): any change is breaking, and listed first;
- resource methods (``client.contacts.retrieve``): added, removed; their arguments added, removed, made
  required or optional, moved, retyped; their return types (a paginator's item type included);
- models: added, removed; their fields added, removed, made required or optional, retyped;
- ``Literal`` types (the spec's enums): values added and removed; other type aliases changed.

Each change is one line, marked breaking or additive; the summary line first suggests the semantic
version bump. ``griffe.find_breaking_changes`` runs too, as a cross-check: a breaking change it finds
that no line covers is listed under "other", so the summary never says less than griffe. The async and
raw-response twins of a resource and the ``...Dict`` twin of a model mirror what is listed (they are
generated from the same operation or schema) and are not listed again.

The spec-level summary (``codegen.spec_changes``) stays for reviewers who want the spec's terms.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe

from intercom_client._version import __version__

PACKAGE = "generated"
_NO_ANNOTATION = "(none)"
GROUPS = ("default version", "methods", "arguments", "return types", "models", "fields", "types", "other")


@dataclass(frozen=True, order=True)
class Change:
    """One change of the public API, as a line of the summary."""

    group: str
    """One of GROUPS: where the line is listed."""
    text: str
    """The line (Markdown), in Python terms."""
    breaking: bool
    """Whether code written against the old package may stop working (or type-checking)."""
    path: str
    """The griffe path of the object it is about (the sync resource class, the model class)."""


# -- loading -------------------------------------------------------------------------------------


def load_package(directory: Path) -> griffe.Module:
    """The generated package in ``directory`` (a folder holding ``_spec.py``, ``api/``, ``models/``), loaded
    statically under the name ``generated``."""
    directory = Path(directory).resolve()
    if not (directory / "_spec.py").is_file() or not (directory / "api").is_dir():
        raise ValueError(f"{directory} is not a generated package (no _spec.py or api/)")
    loader = griffe.GriffeLoader(search_paths=[str(directory.parent)], allow_inspection=False)
    module = loader.load(directory.name, try_relative_path=False)
    if not isinstance(module, griffe.Module):
        raise ValueError(f"{directory} did not load as a package")
    return module


# -- annotations --------------------------------------------------------------------------------------


def _annotation(value: object) -> str:
    return _NO_ANNOTATION if value is None else str(value)


def union_members(annotation: str) -> frozenset[str]:
    """The top-level members of ``A | B[C | D] | None``: {"A", "B[C | D]", "None"}."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    members.append(annotation[start:].strip())
    return frozenset(m for m in members if m)


def literal_values(annotation: str) -> list[str] | None:
    """The values of ``Literal["a", "b"]`` (as their repr), or None when the value is not a Literal."""
    if not annotation.startswith("Literal["):
        return None
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Subscript):
        return None
    elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    return [repr(e.value) if isinstance(e, ast.Constant) else ast.unparse(e) for e in elements]


def _code(text: str) -> str:
    return f"`{text}`"


# -- resources and methods -----------------------------------------------------------------------------


def _public(members: Iterable[tuple[str, griffe.Object | griffe.Alias]]) -> Iterator[tuple[str, griffe.Object]]:
    for name, member in members:
        if not name.startswith("_") and not member.is_alias and isinstance(member, griffe.Object):
            yield name, member


def resources(package: griffe.Module) -> dict[str, griffe.Class]:
    """``client.<name>`` -> its sync resource class (``api/<name>/__init__.py``: ``<Name>Resource``)."""
    found: dict[str, griffe.Class] = {}
    api = package.members.get("api")
    if not isinstance(api, griffe.Module):
        return found
    for name, module in _public(api.members.items()):
        if not isinstance(module, griffe.Module):
            continue
        for class_name, cls in _public(module.members.items()):
            if (
                isinstance(cls, griffe.Class)
                and class_name.endswith("Resource")
                and not class_name.startswith("Async")
                and not class_name.endswith("RawResource")
            ):
                found[name] = cls
    return found


def methods(cls: griffe.Class) -> dict[str, griffe.Function]:
    return {
        name: member
        for name, member in _public(cls.members.items())
        if isinstance(member, griffe.Function) and "property" not in member.labels
    }


@dataclass(frozen=True)
class _Parameter:
    name: str
    kind: str
    annotation: str
    required: bool
    position: int | None  # among the positional parameters, else None


def _parameters(function: griffe.Function) -> dict[str, _Parameter]:
    found: dict[str, _Parameter] = {}
    position = 0
    for parameter in function.parameters:
        if parameter.name in ("self", "cls"):
            continue
        kind = parameter.kind.value if parameter.kind is not None else "positional or keyword"
        positional = kind in ("positional-only", "positional or keyword")
        found[parameter.name] = _Parameter(
            parameter.name,
            kind,
            _annotation(parameter.annotation),
            parameter.default is None and not kind.startswith("variadic"),
            position if positional else None,
        )
        position += positional
    return found


def method_changes(label: str, path: str, old: griffe.Function, new: griffe.Function) -> list[Change]:
    """How one method changed: its arguments and its return type."""
    changes: list[Change] = []
    before, after = _parameters(old), _parameters(new)

    def add(group: str, text: str, breaking: bool) -> None:
        changes.append(Change(group, f"{_code(label)}: {text}", breaking, path))

    for name in sorted(before.keys() - after.keys()):
        add("arguments", f"argument {_code(name)} removed", True)
    for name in sorted(after.keys() - before.keys()):
        parameter = after[name]
        if parameter.required:
            add("arguments", f"new required argument {_code(name)} ({_code(parameter.annotation)})", True)
        else:
            add("arguments", f"new optional argument {_code(name)} ({_code(parameter.annotation)})", False)
    for name in sorted(before.keys() & after.keys()):
        b, a = before[name], after[name]
        if b.kind != a.kind or b.position != a.position:
            add("arguments", f"argument {_code(name)} is now {a.kind} (was {b.kind})", True)
        if b.required and not a.required:
            add("arguments", f"argument {_code(name)} is now optional", False)
        elif a.required and not b.required:
            add("arguments", f"argument {_code(name)} is now required", True)
        only_unset = union_members(b.annotation) ^ union_members(a.annotation) == {"Unset"}
        if b.annotation != a.annotation and not (only_unset and b.required != a.required):  # said just above
            widened = union_members(b.annotation) <= union_members(a.annotation)
            add(
                "arguments",
                f"argument {_code(name)} type {_code(b.annotation)} -> {_code(a.annotation)}"
                + (" (accepts more)" if widened else ""),
                not widened,
            )
    old_returns, new_returns = _annotation(old.returns), _annotation(new.returns)
    if old_returns != new_returns:
        narrowed = union_members(new_returns) <= union_members(old_returns)
        verb = "yields" if "Paginator[" in old_returns + new_returns else "returns"
        add(
            "return types",
            f"{verb} {_code(new_returns)} (was {_code(old_returns)})" + (" (a narrower type)" if narrowed else ""),
            not narrowed,
        )
    return changes


def resource_changes(old: griffe.Module, new: griffe.Module) -> list[Change]:
    changes: list[Change] = []
    old_resources, new_resources = resources(old), resources(new)
    package = old.name
    for name in sorted(old_resources.keys() ^ new_resources.keys()):
        removed = name in old_resources
        names = sorted(methods(old_resources[name] if removed else new_resources[name]))
        listed = ", ".join(_code(f"{method}()") for method in names)
        text = f"{_code(f'client.{name}')} {'removed' if removed else 'added'}, with its methods {listed}"
        changes.append(Change("methods", text, removed, f"{package}.api.{name}"))
    for name in sorted(old_resources.keys() & new_resources.keys()):
        before, after = methods(old_resources[name]), methods(new_resources[name])
        cls = new_resources[name]
        for method in sorted(before.keys() - after.keys()):
            label = f"client.{name}.{method}()"
            changes.append(Change("methods", f"{_code(label)} removed", True, f"{cls.path}.{method}"))
        for method in sorted(after.keys() - before.keys()):
            label = f"client.{name}.{method}()"
            changes.append(Change("methods", f"{_code(label)} added", False, f"{cls.path}.{method}"))
        for method in sorted(before.keys() & after.keys()):
            label = f"client.{name}.{method}()"
            changes.extend(method_changes(label, f"{cls.path}.{method}", before[method], after[method]))
    return changes


# -- models and types ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    annotation: str
    required: bool


def _is_model(cls: griffe.Class) -> bool:
    """A model class (on ``Model`` or another model); not a ``...Dict`` TypedDict, which mirrors its model."""
    return not any(str(base).split(".")[-1] == "TypedDict" for base in cls.bases)


def model_modules(package: griffe.Module) -> dict[str, griffe.Module]:
    models = package.members.get("models")
    if not isinstance(models, griffe.Module):
        return {}
    return {name: module for name, module in _public(models.members.items()) if isinstance(module, griffe.Module)}


def models_and_types(package: griffe.Module) -> tuple[dict[str, griffe.Class], dict[str, griffe.Attribute]]:
    """The model classes and the module-level type aliases (Literal enums, unions) of ``models/``, by name."""
    classes: dict[str, griffe.Class] = {}
    aliases: dict[str, griffe.Attribute] = {}
    for module in model_modules(package).values():
        for name, member in _public(module.members.items()):
            if isinstance(member, griffe.Class) and _is_model(member):
                classes[name] = member
            elif isinstance(member, griffe.Attribute) and not _is_typed_dict(member):
                aliases[name] = member
    return classes, aliases


def _is_typed_dict(attribute: griffe.Attribute) -> bool:
    return str(attribute.value).startswith("TypedDict(")


def request_models(package: griffe.Module) -> set[str]:
    """The models that are request bodies: those with a ``<Model>Dict`` TypedDict twin (what ``body=`` takes)."""
    found: set[str] = set()
    for module in model_modules(package).values():
        for name, member in _public(module.members.items()):
            typed_dict = (isinstance(member, griffe.Attribute) and _is_typed_dict(member)) or (
                isinstance(member, griffe.Class) and not _is_model(member)
            )
            if typed_dict and name.endswith("Dict"):
                found.add(name.removesuffix("Dict"))
    return found


def fields(cls: griffe.Class) -> dict[str, _Field]:
    return {
        name: _Field(_annotation(member.annotation), member.value is None)
        for name, member in _public(cls.members.items())
        if isinstance(member, griffe.Attribute)
        and name != "additional_properties"
        and "instance-attribute" in member.labels
    }


def model_changes(old: griffe.Module, new: griffe.Module) -> list[Change]:
    changes: list[Change] = []
    (old_classes, old_aliases), (new_classes, new_aliases) = models_and_types(old), models_and_types(new)
    requests = request_models(old) & request_models(new)
    for name in sorted(old_classes.keys() - new_classes.keys()):
        changes.append(Change("models", f"model {_code(name)} removed", True, old_classes[name].path))
    for name in sorted(new_classes.keys() - old_classes.keys()):
        changes.append(Change("models", f"model {_code(name)} added", False, new_classes[name].path))
    for name in sorted(old_classes.keys() & new_classes.keys()):
        path = new_classes[name].path
        before, after = fields(old_classes[name]), fields(new_classes[name])
        for field in sorted(before.keys() - after.keys()):
            changes.append(Change("fields", f"{_code(f'{name}.{field}')} removed", True, f"{path}.{field}"))
        for field in sorted(after.keys() - before.keys()):
            required = after[field].required
            text = (
                f"{_code(f'{name}.{field}')} added ({_code(after[field].annotation)}{', required' if required else ''})"
            )
            changes.append(Change("fields", text, required, f"{path}.{field}"))
        request = name in requests
        for field in sorted(before.keys() & after.keys()):
            b, a = before[field], after[field]
            parts = []
            if b.required != a.required:
                parts.append("now required" if a.required else "now optional")
            if b.annotation != a.annotation:
                parts.append(f"type {_code(b.annotation)} -> {_code(a.annotation)}")
            # A request body that accepts more (a wider type, a field no longer required) breaks no caller;
            # a response model's wider type does (readers meet the new values), and so does a narrower one.
            accepts_more = not (a.required and not b.required) and (
                union_members(b.annotation) <= union_members(a.annotation)
            )
            if parts:
                breaking = not (request and accepts_more)
                text = f"{_code(f'{name}.{field}')}: {', '.join(parts)}" + (
                    "" if breaking else " (a request body accepts more)"
                )
                changes.append(Change("fields", text, breaking, f"{path}.{field}"))
    for name in sorted(old_aliases.keys() - new_aliases.keys()):
        changes.append(Change("types", f"type {_code(name)} removed", True, old_aliases[name].path))
    for name in sorted(new_aliases.keys() - old_aliases.keys()):
        changes.append(Change("types", f"type {_code(name)} added", False, new_aliases[name].path))
    for name in sorted(old_aliases.keys() & new_aliases.keys()):
        changes.extend(_alias_changes(name, old_aliases[name], new_aliases[name]))
    return changes


def _alias_changes(name: str, old: griffe.Attribute, new: griffe.Attribute) -> list[Change]:
    before, after = _annotation(old.value), _annotation(new.value)
    if before == after:
        return []
    old_values, new_values = literal_values(before), literal_values(after)
    if old_values is None or new_values is None:
        return [Change("types", f"type {_code(name)}: {_code(before)} -> {_code(after)}", True, new.path)]
    changes = []
    if removed := [v for v in old_values if v not in new_values]:
        changes.append(
            Change("types", f"{_code(name)}: values removed {', '.join(map(_code, removed))}", True, new.path)
        )
    if added := [v for v in new_values if v not in old_values]:
        changes.append(Change("types", f"{_code(name)}: values added {', '.join(map(_code, added))}", False, new.path))
    return changes


def default_version_changes(old: griffe.Module, new: griffe.Module) -> list[Change]:
    """The ``Intercom-Version`` clients send by default: any change is breaking (every request changes)."""

    def value(package: griffe.Module) -> str:
        try:
            return _annotation(package["_spec"]["DEFAULT_API_VERSION"].value)
        except KeyError:
            return _NO_ANNOTATION

    before, after = value(old), value(new)
    if before == after:
        return []
    text = (
        f"the default `Intercom-Version` (`DEFAULT_API_VERSION`) changes from {_code(before)} to {_code(after)}: "
        "every request of a client made without `version=` sends the new value"
    )
    return [Change("default version", text, True, f"{PACKAGE}._spec.DEFAULT_API_VERSION")]


# -- griffe's own findings ------------------------------------------------------------------------------


_MIRRORS = (
    (re.compile(r"\.Async(\w+?)(Raw)?Resource\b"), r".\1Resource"),
    (re.compile(r"\.(\w+?)RawResource\b"), r".\1Resource"),
    (re.compile(r"\.(\w+)Dict\b"), r".\1"),
)


_RESOURCE_PROPERTY = re.compile(r"^(\w+)\.(?:client\.(?:Async)?Intercom|api\.(?:Async|Sync)Resources)\.(\w+)$")
_MODELS_EXPORT = re.compile(r"^(\w+)\.models\.(\w+)$")


def canonical_path(path: str, model_paths: dict[str, str] | None = None) -> str:
    """The path of what a twin mirrors: an async, raw-response or ``...Dict`` twin (the sync resource, the
    model), a client's resource property (the resource's module), a re-export of ``models/__init__.py``
    (the model's own path, from ``model_paths``)."""
    for pattern, replacement in _MIRRORS:
        path = pattern.sub(replacement, path)
    if found := _RESOURCE_PROPERTY.match(path):
        return f"{found[1]}.api.{found[2]}"
    if (found := _MODELS_EXPORT.match(path)) and model_paths and found[2] in model_paths:
        return model_paths[found[2]]
    return path


def griffe_breakages(old: griffe.Module, new: griffe.Module) -> list[griffe.Breakage]:
    return list(griffe.find_breaking_changes(old, new))


def _covered(path: str, changes: list[Change]) -> bool:
    return any(
        c.breaking and (path == c.path or path.startswith(c.path + ".") or c.path.startswith(path + "."))
        for c in changes
    )


def _model_paths(package: griffe.Module) -> dict[str, str]:
    """Model class name -> its path, for naming griffe's findings on ``...Dict`` twins by their model."""
    classes, aliases = models_and_types(package)
    return {name: obj.path for name, obj in {**aliases, **classes}.items()}


def uncovered_breakages(
    breakages: list[griffe.Breakage], changes: list[Change], model_paths: dict[str, str] | None = None
) -> list[Change]:
    """griffe's breaking changes that no line of ``changes`` covers, as lines of their own (group "other")."""
    extra: dict[str, Change] = {}
    for breakage in breakages:
        path = canonical_path(breakage.obj.path, model_paths)
        if _covered(path, changes) or _covered(path, list(extra.values())):
            continue
        name = path.split(".", 1)[-1]
        extra[path] = Change("other", f"{_code(name)}: {breakage.kind.value} (found by griffe)", True, path)
    return list(extra.values())


def distinct_breakages(
    breakages: list[griffe.Breakage], model_paths: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """griffe's breaking changes, once per mirrored object and kind (twins folded: ``canonical_path``)."""
    return sorted({(canonical_path(b.obj.path, model_paths), b.kind.value) for b in breakages})


# -- the summary ---------------------------------------------------------------------------------------------


@dataclass
class Summary:
    changes: list[Change]
    griffe_found: list[tuple[str, str]]
    """griffe's breaking changes, twins folded: (the path of what it is about, griffe's kind), sorted."""
    griffe_raw_count: int
    """griffe's breaking changes as it counts them (the async and raw-response twins each once more)."""

    @property
    def griffe_count(self) -> int:
        return len(self.griffe_found)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def additive(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]

    @property
    def bump(self) -> str:
        return "major" if self.breaking else "minor" if self.additive else "patch"


def compare(old: griffe.Module, new: griffe.Module) -> Summary:
    changes = default_version_changes(old, new) + resource_changes(old, new) + model_changes(old, new)
    breakages = griffe_breakages(old, new)
    model_paths = _model_paths(old)
    changes += uncovered_breakages(breakages, changes, model_paths)
    return Summary(changes, distinct_breakages(breakages, model_paths), len(breakages))


def compare_dirs(old: Path, new: Path) -> Summary:
    return compare(load_package(old), load_package(new))


def next_version(current: str, bump: str) -> str:
    """The release after ``current`` for a ``bump``; before 1.0 a breaking change bumps the minor number
    and anything else the patch number (SemVer's 0.x convention)."""
    major, minor, patch = (int(p) for p in re.findall(r"\d+", current)[:3])
    if major == 0:
        bump = {"major": "minor", "minor": "patch"}.get(bump, bump)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def render(summary: Summary, *, level: int = 3, current_version: str = __version__) -> str:
    """The summary as Markdown: a heading, the summary line, then breaking and additive lines by group."""
    h, sub = "#" * level, "#" * (level + 1)
    release = next_version(current_version, summary.bump)
    lines = [
        f"{h} Changes for code that uses the SDK",
        "",
        f"**{summary.bump.capitalize()} change: release {release}** (from {current_version}): "
        f"{len(summary.breaking)} breaking, {len(summary.additive)} additive "
        f"(griffe's comparison finds {summary.griffe_count} breaking changes, {summary.griffe_raw_count} "
        "counting the async and raw-response twins).",
        "",
    ]
    for title, chosen in (("Breaking", summary.breaking), ("Additive", summary.additive)):
        if not chosen:
            continue
        lines += [f"{sub} {title}", ""]
        for group in GROUPS:
            lines += [f"- {group}: {c.text}" for c in chosen if c.group == group]
        lines.append("")
    if not summary.changes:
        lines += ["No change to the public API.", ""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.api_changes", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the generated package before (e.g. intercom_client/generated)")
    parser.add_argument("new", type=Path, help="the generated package after")
    parser.add_argument("--heading-level", type=int, default=3, choices=range(1, 6))
    args = parser.parse_args(argv)
    try:
        summary = compare_dirs(args.old, args.new)
    except (OSError, ValueError) as exc:
        print(f"api_changes: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render(summary, level=args.heading_level))
    return 0


if __name__ == "__main__":
    sys.exit(main())
