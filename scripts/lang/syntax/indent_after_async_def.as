# A coroutine function with no indented body.
async def main():
await main()
