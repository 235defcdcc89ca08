def require(ok, what):
    if not ok:
        raise ValueError(f"requirement failed: {what}")
