"""Which accelerators exist, ranked NPU > GPU > CPU, and sessions bound to them with fallback and proof of placement."""
