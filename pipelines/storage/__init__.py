"""Files that must not be lost or leaked: atomic and durable writes, private permissions, user folders."""
