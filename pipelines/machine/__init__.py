"""Facts about this machine and this app's processes: memory, the process tree, network connections."""
