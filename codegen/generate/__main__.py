"""Run openapi-python-client on a normalised spec, with the resource surface's template globals.

    python -m codegen.generate --path NORMALISED.json [--config generator-config.yaml] \
        [--custom-template-path templates] --output-path DIR

The generator's own command line cannot give templates anything but the parsed spec; the resource
templates also need each operation's method name and pagination (codegen/generate/context.py), so this
runs the generator in-process with those added to its Jinja globals. Prints the generator's warnings
and errors like its command line does, and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..spec import load_spec
from . import CONFIG, TEMPLATES
from .context import template_globals


def main(argv: list[str] | None = None) -> int:
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.cli import handle_errors
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    parser = argparse.ArgumentParser(prog="python -m codegen.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, required=True)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--custom-template-path", type=Path, default=TEMPLATES)
    parser.add_argument("--output-path", type=Path, required=True)
    args = parser.parse_args(argv)

    config = Config.from_sources(
        ConfigFile.load_from_path(path=args.config),
        MetaType.NONE,
        args.path,
        "utf-8",
        True,
        output_path=args.output_path,
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=args.custom_template_path.resolve())
    if isinstance(project, GeneratorError):
        handle_errors([project])
        return 1
    project.env.globals.update(template_globals(load_spec(args.path)))
    errors = project.build()
    if errors:
        handle_errors(errors)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
