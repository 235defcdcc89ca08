def relative():
    from . import x
