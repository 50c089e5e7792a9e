"""The pipeline that turns Intercom's OpenAPI description into ``intercom_client/generated/``.

One module per step, each also a command (``python -m codegen.<step>``, from the repository root):

``fetch``          download (or copy) the spec and check the pinned sha256 (openapi/source.json)
``normalize``      the rules that make the spec digestible by openapi-python-client (openapi/README.md)
``generate``       run openapi-python-client with templates/ and the resource surface's names
``pagination``     how each paginated operation pages (the generated pagination table)
``api_reference``  docs/api.md, every resource method
``regenerate``     all of the above, in order (``make regenerate``)
``spec_changes``   what changed between two specs, for CHANGELOG.md
``vendor``         copy the SDK into another project
``mock``           the Prism mock of Intercom's API (``make mock``)

``codegen.spec`` is how every step reads a spec (load, ``$ref``, operations and their parameters).
The package is a development tool: it is not part of the wheel.
"""
