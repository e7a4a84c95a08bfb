"""Everything that computes: Qt-free pipeline cores (only ``worker.py`` touches Qt)."""
