"""The benchmark suite (``make bench``): run its modules from the repository root, ``python -m benchmarks.run``."""
