"""The concurrent package (coil: concurrent.futures only)."""
