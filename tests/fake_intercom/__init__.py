"""A loopback fake of Intercom that enforces the rules the bulk helpers must live with.

Each module serves one area (exports and jobs, conversations, company scroll, search) as Starlette routes
over a state object the test can inspect and drive (advance a job, expire a scroll, make an update
visible late). A test composes ``Starlette(routes=[...])`` from the modules it needs and serves it with
``tests.asgi_server.serve_asgi`` on 127.0.0.1. Errors are answered as Intercom answers them: the status
code and an ``error.list`` body (see ``intercom_client/_exceptions.py`` for how the SDK reads it).
"""
