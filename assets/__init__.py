"""Small bundled files: demo media, labels (found with importlib.resources)."""
