# An async for loop with no indented body.
async def main(it):
    async for x in it:
    print(x)
