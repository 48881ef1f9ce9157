"""Loaders: every input kind into one Article (implemented in this package's modules)."""
