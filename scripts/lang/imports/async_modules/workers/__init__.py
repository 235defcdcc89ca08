from .registry import log
log("workers", "package loaded")
