"""Running engines: child processes, restart on failure, the cores each pipeline gets, thread priorities."""
