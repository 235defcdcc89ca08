# An empty try block followed by an async def at the same indentation is an IndentationError, as CPython.
async def main():
    try:
    async def co():
        pass
