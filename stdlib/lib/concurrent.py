"""The concurrent package; its one module is concurrent.futures."""
