"""The concurrent package: its only submodule is concurrent.futures (concurrent.futures.py)."""
