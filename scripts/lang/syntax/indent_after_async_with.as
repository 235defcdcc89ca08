# An async with with no indented body.
async def main(lock):
    async with lock:
    pass
