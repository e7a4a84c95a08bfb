"""The window's pipeline panels (Vision, Speech, Chat) on one shared base, and what only they use."""
